package io.taksit.adapters.http.teqpay;

import feign.Headers;
import feign.Param;
import feign.Request;
import feign.RequestLine;

/**
 * Teqpay's installment inquiry as a Feign interface. The keys travel as the headers
 * {@code ApiKey} and {@code SecretKey} (documented); the wire log masks both.
 */
public interface TeqpayApi {

  @RequestLine("POST /installmentinfo")
  @Headers({
      "Content-Type: application/json",
      "Accept: application/json",
      "ApiKey: {apiKey}",
      "SecretKey: {secretKey}"
  })
  TeqpayInstallmentResponse installmentInfo(TeqpayInstallmentRequest body,
      @Param("apiKey") String apiKey, @Param("secretKey") String secretKey,
      Request.Options options);
}
