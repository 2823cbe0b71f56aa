package com.example.host;

import feign.Headers;
import feign.Param;
import feign.Request;
import feign.RequestLine;

/** Acme's plans call: {@code GET /plans?amount=…&bin=…} with its key in {@code X-Merchant-Key}. */
public interface AcmeApi {

  @RequestLine("GET /plans?amount={amount}&bin={bin}")
  @Headers({"Accept: application/json", "X-Merchant-Key: {key}"})
  AcmePlans plans(@Param("amount") String amount, @Param("bin") String bin,
      @Param("key") String key, Request.Options options);

  /** Acme's answer: {@code {"ok":true,"plans":[{"count":3,"total":1030.00}]}}. */
  record AcmePlans(Boolean ok, String error, java.util.List<AcmePlan> plans) {}

  record AcmePlan(Integer count, java.math.BigDecimal total) {}
}
