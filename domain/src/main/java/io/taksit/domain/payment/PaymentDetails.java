package io.taksit.domain.payment;

import io.taksit.domain.bill.AccountRef;
import io.taksit.domain.bill.BillReference;
import io.taksit.domain.bill.BillerId;
import io.taksit.domain.fee.FeeQuote;
import io.taksit.domain.money.Money;
import io.taksit.domain.provider.ProviderId;
import io.vavr.collection.SortedSet;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * What a payment pays: which biller's bill, for which account, which invoices, how much, and the
 * fee quote the customer accepted. Fixed at creation; retries resend exactly this.
 */
public record PaymentDetails(BillerId billerId, ProviderId provider, AccountRef account,
    BillReference billReference, Money amount, SortedSet<Integer> invoices,
    Option<FeeQuote> feeQuote) {

  public PaymentDetails {
    Objects.requireNonNull(billerId, "billerId");
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(billReference, "billReference");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(invoices, "invoices");
    Objects.requireNonNull(feeQuote, "feeQuote");
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("a payment amount is positive; check it with the policy first");
    }
  }

  /** What the customer is charged in all: the accepted quote's total, or the amount alone. */
  public Money total() {
    return feeQuote.map(FeeQuote::total).getOrElse(amount);
  }
}
