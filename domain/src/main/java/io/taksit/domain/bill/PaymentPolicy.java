package io.taksit.domain.bill;

import io.taksit.domain.error.PolicyError;
import io.taksit.domain.money.Money;
import io.vavr.collection.List;
import io.vavr.collection.SortedSet;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * A biller's rules for paying a bill: which invoices one payment may cover
 * ({@link InvoiceSelection}), how the amount relates to what they make due ({@link PaymentMode}),
 * and whether older invoices must be paid first.
 *
 * <p>{@link #check} applies the rules in a fixed order, so the same request always gets the same
 * refusal: expiry, currency, positive amount, unknown invoices, invoice selection, then amount.
 *
 * <p>{@code oldestFirst} applies to {@link InvoiceSelection#ONE} as well as
 * {@link InvoiceSelection#ANY_SUBSET}: the chosen invoices must be the lowest sequences of the
 * bill. ({@link InvoiceSelection#ALL} satisfies it by construction.)
 */
public record PaymentPolicy(PaymentMode mode, InvoiceSelection selection, boolean oldestFirst) {

  /**
   * A policy; every combination of mode, selection and ordering is meaningful.
   *
   * @throws NullPointerException if the mode or selection is missing
   */
  public PaymentPolicy {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(selection, "selection");
  }

  /**
   * Whether paying {@code amount} against {@code chosenInvoices} of {@code bill} at {@code now} is
   * allowed, and what it covers.
   *
   * <p>An empty choice means all invoices for {@code ALL}, and the only invoice for {@code ONE}
   * when the bill has exactly one. A bill without invoices is due its {@code totalDue} and only
   * the mode applies. Invoice minimums and maximums bound the whole amount by their sums;
   * {@link PolicyError.BelowInvoiceMinimum} and {@link PolicyError.AboveInvoiceMaximum} name the
   * lowest chosen sequence (the only one when one invoice is chosen) and carry the summed bound.
   */
  public Either<PolicyError, AllowedPayment> check(Bill bill, Money amount,
      SortedSet<Integer> chosenInvoices, Instant now) {
    Objects.requireNonNull(bill, "bill");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(chosenInvoices, "chosenInvoices");
    Objects.requireNonNull(now, "now");
    if (bill.isExpiredAt(now)) {
      return Either.left(new PolicyError.BillExpired(bill.expiresAt().get()));
    }
    if (!amount.hasCurrency(bill.currency())) {
      return Either.left(
          new PolicyError.WrongCurrency(bill.totalDue().currencyCode(), amount.currencyCode()));
    }
    if (!amount.isPositive()) {
      return Either.left(new PolicyError.AmountNotPositive(amount));
    }
    Option<Integer> unknown = chosenInvoices.find(s -> bill.invoice(s).isEmpty());
    if (unknown.isDefined()) {
      return Either.left(new PolicyError.UnknownInvoice(unknown.get()));
    }
    if (bill.invoices().isEmpty()) {
      return checkAmount(List.empty(), amount, bill.totalDue())
          .map(ok -> new AllowedPayment(List.empty(), amount, bill.totalDue()));
    }
    return chosenSequences(bill, chosenInvoices).flatMap(sequences -> {
      List<Invoice> invoices = bill.invoices().filter(i -> sequences.contains(i.sequence()));
      Money due = Money.sumOf(bill.currency(), invoices.map(Invoice::amount));
      return checkAmount(invoices, amount, due)
          .map(ok -> new AllowedPayment(invoices, amount, due));
    });
  }

  private Either<PolicyError, SortedSet<Integer>> chosenSequences(Bill bill,
      SortedSet<Integer> chosen) {
    return switch (selection) {
      case ALL -> allOf(bill.sequences(), chosen);
      case ONE -> oneOf(bill.sequences(), chosen);
      case ANY_SUBSET -> subsetOf(bill, chosen);
    };
  }

  private static Either<PolicyError, SortedSet<Integer>> allOf(SortedSet<Integer> all,
      SortedSet<Integer> chosen) {
    SortedSet<Integer> missing = all.removeAll(chosen);
    return chosen.isEmpty() || missing.isEmpty()
        ? Either.right(all)
        : Either.left(new PolicyError.MustPayAllInvoices(missing));
  }

  private Either<PolicyError, SortedSet<Integer>> oneOf(SortedSet<Integer> all,
      SortedSet<Integer> chosen) {
    SortedSet<Integer> one = chosen.isEmpty() && all.size() == 1 ? all : chosen;
    if (one.isEmpty()) {
      return Either.left(new PolicyError.NoInvoiceChosen());
    }
    if (one.size() != 1) {
      return Either.left(new PolicyError.ExactlyOneInvoiceRequired(one.size()));
    }
    return oldestFirst(all, one);
  }

  private Either<PolicyError, SortedSet<Integer>> subsetOf(Bill bill, SortedSet<Integer> chosen) {
    if (chosen.isEmpty()) {
      return Either.left(new PolicyError.NoInvoiceChosen());
    }
    Option<Invoice> leftOut = bill.invoices()
        .find(i -> i.mandatory() && !chosen.contains(i.sequence()));
    if (leftOut.isDefined()) {
      return Either.left(new PolicyError.InvoiceMandatory(leftOut.get().sequence()));
    }
    return oldestFirst(bill.sequences(), chosen);
  }

  /** The first invoice skipped before a later chosen one, when older invoices must go first. */
  private Either<PolicyError, SortedSet<Integer>> oldestFirst(SortedSet<Integer> all,
      SortedSet<Integer> chosen) {
    if (!oldestFirst) {
      return Either.right(chosen);
    }
    Option<Integer> skipped = all.find(s -> !chosen.contains(s) && s < chosen.last());
    if (skipped.isEmpty()) {
      return Either.right(chosen);
    }
    int later = chosen.find(s -> s > skipped.get()).get();
    return Either.left(new PolicyError.InvoicesOutOfSequence(skipped.get(), later));
  }

  private Either<PolicyError, Money> checkAmount(List<Invoice> invoices, Money amount,
      Money due) {
    return switch (mode) {
      case FIXED -> amount.equals(due)
          ? Either.right(amount)
          : Either.left(new PolicyError.AmountMustEqualDue(amount, due));
      case PARTIAL -> amount.isGreaterThan(due)
          ? Either.left(new PolicyError.AboveDue(amount, due))
          : atLeastMinimums(invoices, amount);
      case ADVANCE -> atLeastMinimums(invoices, amount)
          .flatMap(ok -> atMostMaximums(invoices, amount));
    };
  }

  private static Either<PolicyError, Money> atLeastMinimums(List<Invoice> invoices,
      Money amount) {
    List<Money> minimums = invoices.flatMap(Invoice::minimum);
    if (minimums.isEmpty()) {
      return Either.right(amount);
    }
    Money minimum = Money.sumOf(amount.currency(), minimums);
    return amount.isLessThan(minimum)
        ? Either.left(new PolicyError.BelowInvoiceMinimum(
            invoices.head().sequence(), amount, minimum))
        : Either.right(amount);
  }

  /** Only when every chosen invoice has a maximum: one without means no upper bound at all. */
  private static Either<PolicyError, Money> atMostMaximums(List<Invoice> invoices,
      Money amount) {
    if (invoices.isEmpty() || invoices.exists(i -> i.maximum().isEmpty())) {
      return Either.right(amount);
    }
    Money maximum = Money.sumOf(amount.currency(), invoices.flatMap(Invoice::maximum));
    return amount.isGreaterThan(maximum)
        ? Either.left(new PolicyError.AboveInvoiceMaximum(
            invoices.head().sequence(), amount, maximum))
        : Either.right(amount);
  }
}
