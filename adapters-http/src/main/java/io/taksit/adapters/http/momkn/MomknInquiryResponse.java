package io.taksit.adapters.http.momkn;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;

/**
 * Answer of the inquiry. {@code Brn} may come as a JSON string or number; it is kept as text.
 * {@code CustomerName} is usually a {@code Data} entry; a top-level field is read too.
 */
record MomknInquiryResponse(
    @JsonProperty("Code") Integer code,
    @JsonProperty("Message") String message,
    @JsonProperty("TotalAmount") BigDecimal totalAmount,
    @JsonProperty("Brn") String brn,
    @JsonProperty("CustomerName") String customerName,
    @JsonProperty("Data") List<MomknField> data,
    @JsonProperty("invoices") List<MomknInvoice> invoices) {}
