package io.taksit.adapters.http.momkn;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;

/**
 * Answer of the payment. {@code amount} (<b>assumed</b>) is checked against the amount paid when
 * present; the receipt is kept as JSON, Taksit does not interpret it.
 */
record MomknPaymentResponse(
    @JsonProperty("Code") Integer code,
    @JsonProperty("Message") String message,
    @JsonProperty("totalAvailableBalance") BigDecimal totalAvailableBalance,
    @JsonProperty("totalBalance") BigDecimal totalBalance,
    @JsonProperty("Brn") String brn,
    @JsonProperty("Data") List<MomknField> data,
    @JsonProperty("receipt") List<JsonNode> receipt,
    @JsonProperty("amount") BigDecimal amount) {}
