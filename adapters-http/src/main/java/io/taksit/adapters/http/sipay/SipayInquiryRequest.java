package io.taksit.adapters.http.sipay;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * {@code POST /v1/InvoicePayment/GetInvoicesByProductAndSubscriber}: the institution
 * ({@code product_oid}) and the subscriber numbers; absent numbers are left out of the JSON.
 */
public record SipayInquiryRequest(
    @JsonProperty("product_oid") String productOid,
    @JsonProperty("subscriber_no1") String subscriberNo1,
    @JsonProperty("subscriber_no2") String subscriberNo2,
    @JsonProperty("subscriber_no3") String subscriberNo3) {}
