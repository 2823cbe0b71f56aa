package io.taksit.adapters.http.momkn;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;

/**
 * Body of {@code POST /services/{serviceId}/payment}, the Retry API included ({@code isRetry}).
 * {@code amount} is <b>assumed</b>: the documentation lists no amount on the payment.
 */
record MomknPaymentRequest(
    @JsonProperty("billingAccount") String billingAccount,
    @JsonProperty("version") String version,
    @JsonProperty("serviceListVersion") String serviceListVersion,
    @JsonProperty("brn") String brn,
    @JsonProperty("Data") List<MomknField> data,
    @JsonProperty("hostTransactionID") String hostTransactionID,
    @JsonProperty("isRetry") boolean retry,
    @JsonProperty("pmtMethod") String pmtMethod,
    @JsonProperty("compositeTransactionId") String compositeTransactionId,
    @JsonProperty("amount") BigDecimal amount) {}
