package io.taksit.sandbox.sipay;

import java.util.List;
import java.util.Objects;

/**
 * A subscriber of the institution with the invoices outstanding; a renewing subscriber gets
 * next month's invoice of the same amount once the last one is paid.
 */
public record SipaySubscriber(String subscriberNo, String name, List<SipayInvoice> invoices,
    boolean renewing) {

  public SipaySubscriber {
    Objects.requireNonNull(subscriberNo, "subscriberNo");
    Objects.requireNonNull(name, "name");
    invoices = List.copyOf(invoices);
  }
}
