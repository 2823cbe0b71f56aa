package io.taksit.domain.error;

import io.taksit.domain.money.Money;
import io.vavr.collection.SortedSet;
import java.time.Instant;

/**
 * Refusals of a {@code PaymentPolicy}: the chosen invoices or the amount do not fit the biller's
 * payment mode and invoice selection. Invoices are named by their sequence number on the bill.
 */
public sealed interface PolicyError extends DomainError {

  record WrongCurrency(String expected, String actual) implements PolicyError {
    @Override public String code() { return "policy.wrong_currency"; }
    @Override public String message() {
      return "amount must be in the bill's currency " + expected + ", was " + actual;
    }
  }

  record UnknownInvoice(int sequence) implements PolicyError {
    @Override public String code() { return "policy.unknown_invoice"; }
    @Override public String message() { return "invoice " + sequence + " is not on this bill"; }
  }

  /** The biller takes one invoice per payment (Momkn billPaymentModeID 1). */
  record ExactlyOneInvoiceRequired(int chosen) implements PolicyError {
    @Override public String code() { return "policy.exactly_one_invoice"; }
    @Override public String message() {
      return "this biller takes exactly one invoice per payment, " + chosen + " were chosen";
    }
  }

  /** The biller takes all invoices together (Momkn billPaymentModeID 2). */
  record MustPayAllInvoices(SortedSet<Integer> missing) implements PolicyError {
    @Override public String code() { return "policy.must_pay_all_invoices"; }
    @Override public String message() {
      return "this biller takes all invoices together; missing invoices " + missing.mkString(", ");
    }
  }

  /** At least one invoice must be chosen. */
  record NoInvoiceChosen() implements PolicyError {
    @Override public String code() { return "policy.no_invoice_chosen"; }
    @Override public String message() { return "invoices: choose at least one invoice of the bill"; }
  }

  /** A mandatory invoice was left out. */
  record InvoiceMandatory(int sequence) implements PolicyError {
    @Override public String code() { return "policy.invoice_mandatory"; }
    @Override public String message() { return "invoice " + sequence + " is mandatory and must be paid"; }
  }

  /** Invoices must be paid oldest first: {@code chosen} was chosen while {@code skipped} was not. */
  record InvoicesOutOfSequence(int skipped, int chosen) implements PolicyError {
    @Override public String code() { return "policy.invoices_out_of_sequence"; }
    @Override public String message() {
      return "invoice " + chosen + " cannot be paid before earlier invoice " + skipped;
    }
  }

  /** FIXED mode: the amount must be exactly what is due. */
  record AmountMustEqualDue(Money amount, Money due) implements PolicyError {
    @Override public String code() { return "policy.amount_must_equal_due"; }
    @Override public String message() {
      return "this biller takes exactly the amount due " + due + ", not " + amount;
    }
  }

  /** FIXED/PARTIAL mode: more than is due. */
  record AboveDue(Money amount, Money due) implements PolicyError {
    @Override public String code() { return "policy.above_due"; }
    @Override public String message() {
      return "amount " + amount + " is above the amount due " + due;
    }
  }

  record BelowInvoiceMinimum(int sequence, Money amount, Money minimum) implements PolicyError {
    @Override public String code() { return "policy.below_invoice_minimum"; }
    @Override public String message() {
      return "amount " + amount + " is below the minimum " + minimum + " of invoice " + sequence;
    }
  }

  record AboveInvoiceMaximum(int sequence, Money amount, Money maximum) implements PolicyError {
    @Override public String code() { return "policy.above_invoice_maximum"; }
    @Override public String message() {
      return "amount " + amount + " is above the maximum " + maximum + " of invoice " + sequence;
    }
  }

  /** A non-positive amount can never be paid. */
  record AmountNotPositive(Money amount) implements PolicyError {
    @Override public String code() { return "policy.amount_not_positive"; }
    @Override public String message() { return "amount must be greater than zero, was " + amount; }
  }

  /** The bill's inquiry answer is too old to pay against; inquire again. */
  record BillExpired(Instant expiredAt) implements PolicyError {
    @Override public String code() { return "policy.bill_expired"; }
    @Override public String message() {
      return "the bill expired at " + expiredAt + "; inquire again before paying";
    }
  }

  /** An inquiry answer cannot become an invoice: negative amount, minimum above maximum... */
  record InvalidInvoice(int sequence, String rule) implements PolicyError {
    @Override public String code() { return "policy.invalid_invoice"; }
    @Override public String message() { return "invoice " + sequence + " " + rule; }
  }

  /** An inquiry answer cannot become a bill: duplicate invoice sequences, mixed currencies... */
  record InvalidBill(String rule) implements PolicyError {
    @Override public String code() { return "policy.invalid_bill"; }
    @Override public String message() { return "bill " + rule; }
  }

  /** A biller definition contradicts itself, such as an amount rule in another currency. */
  record InvalidBiller(String billerId, String rule) implements PolicyError {
    @Override public String code() { return "policy.invalid_biller"; }
    @Override public String message() { return "biller " + billerId + " " + rule; }
  }
}
