package io.taksit.adapters.http.sipay;

import feign.Body;
import feign.Headers;
import feign.Param;
import feign.Request;
import feign.RequestLine;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Sipay Wallet's invoice-payment API as Taksit calls it (see {@code docs/providers-wire.md},
 * "Sipay Wallet"). Every call carries {@code x-client-id}; the invoice calls carry the bearer
 * token as well. The client secret and the token are passed in as parameters at the moment of the
 * call and never stored in a template.
 */
@Headers("Accept: application/json")
public interface SipayApi {

  /**
   * {@code POST /connect/token}, form-encoded client credentials (<b>assumed</b>: OAuth2
   * {@code grant_type=client_credentials}). Feign does not encode body templates, so each value is
   * form-encoded by {@link FormValue}.
   */
  @RequestLine("POST /connect/token")
  @Headers({"Content-Type: application/x-www-form-urlencoded", "x-client-id: {clientIdHeader}"})
  @Body("grant_type=client_credentials&client_id={clientId}&client_secret={clientSecret}")
  SipayTokenResponse token(@Param("clientIdHeader") String clientIdHeader,
      @Param(value = "clientId", expander = FormValue.class) String clientId,
      @Param(value = "clientSecret", expander = FormValue.class) String clientSecret,
      Request.Options options);

  /** {@code POST /v1/InvoicePayment/GetInvoicesByProductAndSubscriber}. */
  @RequestLine("POST /v1/InvoicePayment/GetInvoicesByProductAndSubscriber")
  @Headers({"Content-Type: application/json", "Authorization: Bearer {token}",
      "x-client-id: {clientId}"})
  SipayInquiryResponse inquire(@Param("token") String token, @Param("clientId") String clientId,
      SipayInquiryRequest request, Request.Options options);

  /** {@code POST /v1/InvoicePayment/MakePayment}: moves money, sent at most once per call. */
  @RequestLine("POST /v1/InvoicePayment/MakePayment")
  @Headers({"Content-Type: application/json", "Authorization: Bearer {token}",
      "x-client-id: {clientId}"})
  SipayPaymentResponse pay(@Param("token") String token, @Param("clientId") String clientId,
      SipayPaymentRequest request, Request.Options options);

  /** Form-encodes one value of {@code application/x-www-form-urlencoded} body. */
  final class FormValue implements Param.Expander {

    @Override
    public String expand(Object value) {
      return value == null ? "" : URLEncoder.encode(value.toString(), StandardCharsets.UTF_8);
    }
  }
}
