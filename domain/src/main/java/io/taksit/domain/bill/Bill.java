package io.taksit.domain.bill;

import io.taksit.domain.error.PolicyError;
import io.taksit.domain.money.Money;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Currency;
import java.util.Objects;

/**
 * A biller's answer to an inquiry for one account: what is due, itemised as invoices when the
 * provider itemises it, and the provider's reference to pay against before {@code expiresAt}.
 *
 * <p>{@code data} keeps the provider's extra fields verbatim (Momkn {@code Installment},
 * {@code Penalty}...) because receipts and support staff need them and Taksit cannot interpret
 * them. {@code totalDue} is the provider's own total; when the bill has invoices, payments are
 * checked against the chosen invoices instead (see {@link PaymentPolicy}).
 *
 * <p>Invariants: invoices sorted by sequence with no sequence twice, every amount in the currency
 * of {@code totalDue}, nothing negative.
 */
public record Bill(BillerId billerId, AccountRef account, BillReference reference,
    Option<String> customerName, Map<String, String> data, List<Invoice> invoices,
    Money totalDue, Option<Instant> expiresAt) {

  /**
   * Guards bills built in code; provider answers go through {@link #of}.
   *
   * @throws IllegalArgumentException if the bill breaks an invariant
   */
  public Bill {
    Objects.requireNonNull(billerId, "billerId");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(reference, "reference");
    Option<String> problem = problem(customerName, data, invoices, totalDue, expiresAt)
        .orElse(() -> invoices.sortBy(Invoice::sequence).equals(invoices)
            ? Option.none()
            : Option.some("invoices must be sorted by sequence"));
    if (problem.isDefined()) {
      throw new IllegalArgumentException(
          "bill " + problem.get() + "; use Bill.of for untrusted input");
    }
  }

  /**
   * A bill from an inquiry answer, its invoices put in sequence order, or why not: a sequence
   * twice, mixed currencies, a negative total, null fields in {@code data}.
   */
  public static Either<PolicyError, Bill> of(BillerId billerId, AccountRef account,
      BillReference reference, Option<String> customerName, Map<String, String> data,
      List<Invoice> invoices, Money totalDue, Option<Instant> expiresAt) {
    Objects.requireNonNull(invoices, "invoices");
    List<Invoice> sorted = invoices.sortBy(Invoice::sequence);
    Option<String> problem = problem(customerName, data, sorted, totalDue, expiresAt);
    return problem.isDefined()
        ? Either.left(new PolicyError.InvalidBill(problem.get()))
        : Either.right(new Bill(billerId, account, reference, customerName, data, sorted, totalDue,
            expiresAt));
  }

  private static Option<String> problem(Option<String> customerName, Map<String, String> data,
      List<Invoice> invoices, Money totalDue, Option<Instant> expiresAt) {
    Objects.requireNonNull(customerName, "customerName");
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(invoices, "invoices");
    Objects.requireNonNull(totalDue, "totalDue");
    Objects.requireNonNull(expiresAt, "expiresAt");
    if (customerName.contains(null) || expiresAt.contains(null)) {
      return Option.some("customer name and expiry must not hold null");
    }
    if (data.exists(entry -> entry._1 == null || entry._2 == null)) {
      return Option.some("data keys and values must not be null");
    }
    if (invoices.contains(null)) {
      return Option.some("invoices must not hold null");
    }
    if (totalDue.isNegative()) {
      return Option.some("total due must not be negative, was " + totalDue);
    }
    Option<Invoice> foreign = invoices.find(i -> !i.amount().hasCurrency(totalDue.currency()));
    if (foreign.isDefined()) {
      return Option.some("invoice " + foreign.get().sequence() + " is in "
          + foreign.get().amount().currencyCode() + ", the bill in " + totalDue.currencyCode());
    }
    Option<Integer> twice = invoices.map(Invoice::sequence).groupBy(s -> s)
        .filter(group -> group._2.size() > 1).keySet().min();
    return twice.map(sequence -> "invoice sequence " + sequence + " appears more than once");
  }

  /** The bill's currency: every amount on it and every payment of it is in this currency. */
  public Currency currency() {
    return totalDue.currency();
  }

  /** The invoice with this sequence number, if the bill has one. */
  public Option<Invoice> invoice(int sequence) {
    return invoices.find(i -> i.sequence() == sequence);
  }

  /** The sequence numbers of all invoices on the bill. */
  public SortedSet<Integer> sequences() {
    return TreeSet.ofAll(invoices.map(Invoice::sequence));
  }

  /**
   * The sum of the chosen invoices' amounts (zero for none), or the first chosen sequence that is
   * not on the bill: an unknown invoice is refused rather than silently counted as nothing.
   */
  public Either<PolicyError, Money> dueFor(SortedSet<Integer> chosenSequences) {
    Objects.requireNonNull(chosenSequences, "chosenSequences");
    Option<Integer> unknown = chosenSequences.find(s -> invoice(s).isEmpty());
    if (unknown.isDefined()) {
      return Either.left(new PolicyError.UnknownInvoice(unknown.get()));
    }
    return Either.right(Money.sumOf(currency(), invoices
        .filter(i -> chosenSequences.contains(i.sequence())).map(Invoice::amount)));
  }

  /** Whether the inquiry answer may no longer be paid against: at or after its expiry. */
  public boolean isExpiredAt(Instant now) {
    Objects.requireNonNull(now, "now");
    return expiresAt.exists(expiry -> !now.isBefore(expiry));
  }
}
