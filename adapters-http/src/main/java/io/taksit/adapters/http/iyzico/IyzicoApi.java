package io.taksit.adapters.http.iyzico;

import feign.Headers;
import feign.Request;
import feign.RequestLine;

/**
 * iyzico's installment inquiry as a Feign interface. The {@code Authorization} and
 * {@code x-iyzi-rnd} headers are added by {@link IyzicoSignature} once the body is encoded, so the
 * signature covers the exact bytes sent.
 */
public interface IyzicoApi {

  /** The documented path, relative to the API root. */
  String INSTALLMENT_PATH = "/payment/iyzipos/installment";

  @RequestLine("POST " + INSTALLMENT_PATH)
  @Headers({"Content-Type: application/json", "Accept: application/json"})
  IyzicoInstallmentResponse installment(IyzicoInstallmentRequest body, Request.Options options);
}
