package io.taksit.sandbox.momkn;

import io.vavr.control.Option;
import java.util.List;
import java.util.Objects;

/**
 * A Momkn customer of a Takka installment loan: the installments due now, how many the loan
 * has (once the due ones are paid the next one, without penalty, falls due a month after the
 * last), and, for an account the provider refuses to take money for, the refusal message.
 */
public record MomknAccount(String billingAccount, String customerName, int installmentCount,
    List<MomknInvoice> invoices, Option<String> refusal) {

  public MomknAccount {
    Objects.requireNonNull(billingAccount, "billingAccount");
    Objects.requireNonNull(customerName, "customerName");
    Objects.requireNonNull(refusal, "refusal");
    invoices = List.copyOf(invoices);
  }
}
