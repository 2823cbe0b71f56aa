package io.taksit.adapters.http.momkn;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/** Answer of the fee call. */
record MomknFeesResponse(
    @JsonProperty("Code") Integer code,
    @JsonProperty("Message") String message,
    @JsonProperty("amount") BigDecimal amount,
    @JsonProperty("fees") BigDecimal fees,
    @JsonProperty("taxes") BigDecimal taxes,
    @JsonProperty("discount") BigDecimal discount,
    @JsonProperty("totalAmount") BigDecimal totalAmount,
    @JsonProperty("brn") String brn) {}
