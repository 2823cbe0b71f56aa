package io.taksit.domain.bill;

import io.taksit.domain.money.Money;
import io.vavr.collection.List;
import java.util.Objects;

/**
 * What a {@link PaymentPolicy} let through: the invoices the payment covers (in sequence order;
 * empty for a bill without invoices), the amount paid, and what those invoices made due.
 */
public record AllowedPayment(List<Invoice> invoices, Money amount, Money due) {

  /**
   * Only {@link PaymentPolicy#check} builds these in production code.
   *
   * @throws NullPointerException if a part is missing
   */
  public AllowedPayment {
    Objects.requireNonNull(invoices, "invoices");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(due, "due");
  }
}
