package io.taksit.adapters.http.sipay;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Sipay's inquiry envelope: {@code code} {@code "100"} is success, {@code message} is the
 * provider's text (Turkish), {@code payload} one row per outstanding invoice.
 */
public record SipayInquiryResponse(
    @JsonProperty("status") Integer status,
    @JsonProperty("code") String code,
    @JsonProperty("message") String message,
    @JsonProperty("payload") List<SipayInvoiceRow> payload) {

  /** The rows, none when the payload is absent. */
  public List<SipayInvoiceRow> rows() {
    return payload == null ? List.of() : payload.stream().filter(r -> r != null).toList();
  }
}
