package io.taksit.cli;

import io.taksit.domain.error.AmountError;
import io.taksit.domain.error.CardError;
import io.taksit.domain.error.DomainError;
import io.taksit.domain.error.FeeError;
import io.taksit.domain.error.InputError;
import io.taksit.domain.error.MoneyError;
import io.taksit.domain.error.PaymentError;
import io.taksit.domain.error.PolicyError;
import io.taksit.domain.money.Money;
import io.vavr.collection.List;

/** Which command field a domain refusal is about, and which amounts to offer instead. */
final class Refusals {

  private Refusals() {}

  /** The command field the refusal names ({@code amount}, {@code invoices}...), or null. */
  static String fieldOf(DomainError error) {
    if (error instanceof AmountError || error instanceof MoneyError || error instanceof FeeError) {
      return "amount";
    }
    if (error instanceof PolicyError.UnknownInvoice
        || error instanceof PolicyError.ExactlyOneInvoiceRequired
        || error instanceof PolicyError.MustPayAllInvoices
        || error instanceof PolicyError.NoInvoiceChosen
        || error instanceof PolicyError.InvoiceMandatory
        || error instanceof PolicyError.InvoicesOutOfSequence) {
      return "invoices";
    }
    if (error instanceof PolicyError.BillExpired || error instanceof PolicyError.InvalidBill
        || error instanceof PolicyError.InvalidInvoice) {
      return "billReference";
    }
    if (error instanceof PolicyError.InvalidBiller) {
      return "billerId";
    }
    if (error instanceof PolicyError) {
      return "amount";
    }
    if (error instanceof CardError) {
      return "bin";
    }
    if (error instanceof PaymentError) {
      return "paymentId";
    }
    if (error instanceof InputError input) {
      return input.field();
    }
    return null;
  }

  /** The amounts the rule or the bill would take instead of a refused one, nearest first. */
  static List<Money> suggestedAmounts(DomainError error) {
    if (error instanceof AmountError.OffStep offStep) {
      return offStep.nearestAllowedBelow().toList().appendAll(offStep.nearestAllowedAbove());
    }
    if (error instanceof AmountError.BelowMinimum below) {
      return below.nearestAllowedAbove().toList();
    }
    if (error instanceof AmountError.AboveMaximum above) {
      return above.nearestAllowedBelow().toList();
    }
    if (error instanceof PolicyError.AmountMustEqualDue mustEqual) {
      return List.of(mustEqual.due());
    }
    if (error instanceof PolicyError.AboveDue aboveDue) {
      return List.of(aboveDue.due());
    }
    if (error instanceof PolicyError.BelowInvoiceMinimum belowMinimum) {
      return List.of(belowMinimum.minimum());
    }
    if (error instanceof PolicyError.AboveInvoiceMaximum aboveMaximum) {
      return List.of(aboveMaximum.maximum());
    }
    return List.empty();
  }
}
