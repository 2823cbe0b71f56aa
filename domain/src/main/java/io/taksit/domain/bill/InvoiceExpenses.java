package io.taksit.domain.bill;

import io.taksit.domain.money.Money;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * The collection expenses a provider lists beside an invoice's amount (Sipay's
 * {@code expense_amount}, split into the institution's {@code expense_firm_amount} and the
 * dealer's {@code expense_dealer_amount}). They are shown to the customer, not paid on the
 * invoice: what a payment covers is the invoice's amount (see {@code docs/providers-wire.md},
 * "Sipay", for the decision and why).
 *
 * @param total      the whole expense
 * @param firmPart   the part that goes to the billing institution, when given
 * @param dealerPart the part that goes to the collecting dealer, when given
 */
public record InvoiceExpenses(Money total, Option<Money> firmPart, Option<Money> dealerPart) {

  public InvoiceExpenses {
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(firmPart, "firmPart");
    Objects.requireNonNull(dealerPart, "dealerPart");
  }
}
