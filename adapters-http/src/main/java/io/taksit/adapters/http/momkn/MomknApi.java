package io.taksit.adapters.http.momkn;

import feign.Headers;
import feign.Param;
import feign.Request;
import feign.RequestLine;

/**
 * Momkn's bill-payment API as Taksit calls it (paths relative to the base URL, e.g.
 * {@code https://test.momkn.org/gateway/api/v2}). Every call after authentication carries the
 * bearer token as a header parameter, so the token is never part of a URL; every call takes its
 * own timeouts ({@link Request.Options}) by call kind.
 */
@Headers({"Content-Type: application/json", "Accept: application/json"})
interface MomknApi {

  @RequestLine("POST /accounts/{accountId}/authenticate")
  MomknAuthenticateResponse authenticate(@Param("accountId") String accountId,
      MomknAuthenticateRequest body, Request.Options options);

  @RequestLine("POST /services/{serviceId}/inquiry")
  @Headers("Authorization: Bearer {token}")
  MomknInquiryResponse inquiry(@Param("token") String token, @Param("serviceId") String serviceId,
      MomknInquiryRequest body, Request.Options options);

  @RequestLine("POST /services/{serviceId}/fees")
  @Headers("Authorization: Bearer {token}")
  MomknFeesResponse fees(@Param("token") String token, @Param("serviceId") String serviceId,
      MomknFeesRequest body, Request.Options options);

  @RequestLine("POST /services/{serviceId}/payment")
  @Headers("Authorization: Bearer {token}")
  MomknPaymentResponse payment(@Param("token") String token, @Param("serviceId") String serviceId,
      MomknPaymentRequest body, Request.Options options);

  /** <b>Assumed</b> path: Momkn documents a Check Status API without its wire format. */
  @RequestLine("POST /services/{serviceId}/status")
  @Headers("Authorization: Bearer {token}")
  MomknStatusResponse status(@Param("token") String token, @Param("serviceId") String serviceId,
      MomknStatusRequest body, Request.Options options);

  /**
   * The catalog, whole ({@code 0}) or since a version; the headers are those of
   * {@code providers.md} ("Catalog"), the bearer token <b>assumed</b> as on every other call.
   */
  @RequestLine("GET /categories/{serviceListVersion}")
  @Headers({"Authorization: Bearer {token}", "UserName: {userName}",
      "ChannelIdentifier: {channelIdentifier}", "ServiceListVersion: {serviceListVersion}"})
  MomknCatalogResponse categories(@Param("token") String token,
      @Param("serviceListVersion") String serviceListVersion, @Param("userName") String userName,
      @Param("channelIdentifier") String channelIdentifier, Request.Options options);
}
