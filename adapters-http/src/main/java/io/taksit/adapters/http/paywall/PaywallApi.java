package io.taksit.adapters.http.paywall;

import feign.HeaderMap;
import feign.Headers;
import feign.Param;
import feign.QueryMap;
import feign.Request;
import feign.RequestLine;
import java.util.Map;

/**
 * Paywall's installment inquiry over Feign. The key headers go on every call; the inquiry's
 * parameters ({@link PaywallInstallmentRequest#parameters()}) go as headers or as query
 * parameters, one method each, chosen by {@link PaywallConfig#parametersAsHeaders()}.
 */
public interface PaywallApi {

  @RequestLine("GET /installment")
  @Headers({"Accept: application/json", "apikeypublic: {apikeypublic}",
      "apiclientpublic: {apiclientpublic}"})
  PaywallInstallmentResponse installmentWithHeaders(@Param("apikeypublic") String apiKeyPublic,
      @Param("apiclientpublic") String apiClientPublic,
      @HeaderMap Map<String, Object> parameters, Request.Options options);

  @RequestLine("GET /installment")
  @Headers({"Accept: application/json", "apikeypublic: {apikeypublic}",
      "apiclientpublic: {apiclientpublic}"})
  PaywallInstallmentResponse installmentWithQuery(@Param("apikeypublic") String apiKeyPublic,
      @Param("apiclientpublic") String apiClientPublic,
      @QueryMap Map<String, Object> parameters, Request.Options options);
}
