package io.taksit.domain.installment;

import io.taksit.domain.error.InstallmentError;
import io.taksit.domain.money.Money;
import io.taksit.domain.provider.ProviderId;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Comparator;
import java.util.Objects;

/**
 * The installment plans open to one purchase, gathered from any number of providers and channels:
 * for each installment count only the plan cheapest for the customer is kept, ranked by count.
 *
 * <p>All plans are for one principal (amount and currency): offers compare ways to pay one
 * purchase, and a plan for another amount would compare totals that mean different things.
 *
 * <p>Which plan wins a count is decided by a total order, so the result never depends on the
 * order in which providers answered: lowest total, then lowest customer interest rate, then lowest
 * merchant commission rate, then provider id, then channel (none first, then by name).
 * Merging is therefore idempotent, commutative and associative.
 */
public final class InstallmentOffers {

  private static final Comparator<Option<String>> CHANNEL_ORDER = (a, b) -> a.isEmpty()
      ? (b.isEmpty() ? 0 : -1)
      : (b.isEmpty() ? 1 : a.get().compareTo(b.get()));

  /** A reported commission before an unreported one; then the lower. */
  private static final Comparator<Option<java.math.BigDecimal>> KNOWN_RATE_FIRST = (a, b) ->
      a.isEmpty() ? (b.isEmpty() ? 0 : 1) : (b.isEmpty() ? -1 : a.get().compareTo(b.get()));

  /** Cheapest for the customer first; total over all plans of one count and principal. */
  private static final Comparator<InstallmentOption> CUSTOMER_ORDER =
      Comparator.comparing(InstallmentOption::total)
          .thenComparing(InstallmentOption::customerInterestRate)
          .thenComparing(InstallmentOption::merchantCommissionRate, KNOWN_RATE_FIRST)
          .thenComparing(InstallmentOption::provider)
          .thenComparing(InstallmentOption::channel, CHANNEL_ORDER);

  private static final Comparator<InstallmentOption> RANKING =
      Comparator.comparingInt(InstallmentOption::count).thenComparing(CUSTOMER_ORDER);

  private final Money principal;
  private final List<InstallmentOption> options;

  private InstallmentOffers(Money principal, List<InstallmentOption> options) {
    this.principal = principal;
    this.options = options;
  }

  /**
   * No plan yet for a purchase of {@code principal}.
   *
   * @throws IllegalArgumentException if the principal is not positive: a programming error, the
   *     caller chose the amount it asks plans for
   */
  public static InstallmentOffers empty(Money principal) {
    Objects.requireNonNull(principal, "principal");
    if (!principal.isPositive()) {
      throw new IllegalArgumentException("principal must be greater than zero, was " + principal);
    }
    return new InstallmentOffers(principal, List.empty());
  }

  /**
   * The offers of plans for the principal of the first option; refused when empty (use
   * {@link #empty}), or when a plan is for another amount or currency.
   */
  public static Either<InstallmentError, InstallmentOffers> of(Seq<InstallmentOption> options) {
    Objects.requireNonNull(options, "options");
    if (options.isEmpty() || options.head() == null) {
      return invalid("offers need a first option to know the principal; use empty(principal)");
    }
    return of(options.head().principal(), options);
  }

  /**
   * The offers of plans for {@code principal}; a plan for another amount or currency is refused,
   * which also catches a provider answering for an amount other than the one asked.
   */
  public static Either<InstallmentError, InstallmentOffers> of(Money principal,
      Seq<InstallmentOption> options) {
    Objects.requireNonNull(principal, "principal");
    Objects.requireNonNull(options, "options");
    if (!principal.isPositive()) {
      return invalid("principal must be greater than zero, was " + principal);
    }
    if (options.exists(Objects::isNull)) {
      return invalid("offers must not contain a missing option");
    }
    Option<InstallmentOption> stranger = options.find(o -> !o.principal().equals(principal));
    if (stranger.isDefined()) {
      return invalid("offers are for " + principal + ", but " + stranger.get().provider()
          + " offered a plan for " + stranger.get().principal());
    }
    return Either.right(new InstallmentOffers(principal, cheapestPerCount(options)));
  }

  /** The plans of both, the cheapest kept per count; refused if they are for other principals. */
  public Either<InstallmentError, InstallmentOffers> merge(InstallmentOffers other) {
    Objects.requireNonNull(other, "other");
    if (!principal.equals(other.principal)) {
      return invalid("cannot merge offers for " + principal + " with offers for "
          + other.principal);
    }
    return Either.right(new InstallmentOffers(principal, merged(options, other.options)));
  }

  /**
   * Two lists already one plan per count, by count, merged in one pass: at a count both offer,
   * the cheaper for the customer, this side's on a tie, as sorting both together and keeping the
   * first per count would choose.
   */
  private static List<InstallmentOption> merged(List<InstallmentOption> left,
      List<InstallmentOption> right) {
    java.util.List<InstallmentOption> merged = new java.util.ArrayList<>(
        left.size() + right.size());
    List<InstallmentOption> a = left;
    List<InstallmentOption> b = right;
    while (!a.isEmpty() && !b.isEmpty()) {
      InstallmentOption x = a.head();
      InstallmentOption y = b.head();
      if (x.count() < y.count()) {
        merged.add(x);
        a = a.tail();
      } else if (y.count() < x.count()) {
        merged.add(y);
        b = b.tail();
      } else {
        merged.add(CUSTOMER_ORDER.compare(y, x) < 0 ? y : x);
        a = a.tail();
        b = b.tail();
      }
    }
    a.forEach(merged::add);
    b.forEach(merged::add);
    return List.ofAll(merged);
  }

  /** The purchase amount every plan is for. */
  public Money principal() {
    return principal;
  }

  /** One plan per installment count, the cheapest for the customer, by count ascending. */
  public List<InstallmentOption> options() {
    return options;
  }

  /** The cheapest plan in {@code count} installments, if any provider offers one. */
  public Option<InstallmentOption> bestFor(int count) {
    return options.find(option -> option.count() == count);
  }

  /** The installment counts on offer. */
  public SortedSet<Integer> counts() {
    return TreeSet.ofAll(options.map(InstallmentOption::count));
  }

  /** The providers whose plans were kept (a provider beaten at every count is not named). */
  public SortedSet<ProviderId> providers() {
    return TreeSet.ofAll(options.map(InstallmentOption::provider));
  }

  /** True when no provider offers any plan. */
  public boolean isEmpty() {
    return options.isEmpty();
  }

  private static List<InstallmentOption> cheapestPerCount(Seq<InstallmentOption> options) {
    return options.toList().sorted(RANKING).distinctBy(InstallmentOption::count);
  }

  private static Either<InstallmentError, InstallmentOffers> invalid(String rule) {
    return Either.left(new InstallmentError.InvalidOption(rule));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof InstallmentOffers other
        && principal.equals(other.principal) && options.equals(other.options);
  }

  @Override
  public int hashCode() {
    return Objects.hash(principal, options);
  }

  @Override
  public String toString() {
    return "InstallmentOffers[" + principal + ": " + options.map(o -> o.count() + "×"
        + o.perInstallment() + " = " + o.total() + " (" + o.provider()
        + o.channel().map(c -> "/" + c).getOrElse("") + ")").mkString(", ") + "]";
  }
}
