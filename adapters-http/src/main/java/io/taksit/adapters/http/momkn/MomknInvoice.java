package io.taksit.adapters.http.momkn;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;

/** One entry of an inquiry answer's {@code invoices[]}; its due date is in {@code Data}. */
record MomknInvoice(
    @JsonProperty("Sequence") Integer sequence,
    @JsonProperty("alias") String alias,
    @JsonProperty("amount") BigDecimal amount,
    @JsonProperty("minAmount") BigDecimal minAmount,
    @JsonProperty("maxAmount") BigDecimal maxAmount,
    @JsonProperty("mandatory") Boolean mandatory,
    @JsonProperty("Data") List<MomknField> data) {}
