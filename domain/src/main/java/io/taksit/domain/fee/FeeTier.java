package io.taksit.domain.fee;

import io.taksit.domain.error.FeeError;
import io.taksit.domain.money.Money;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * The fee for amounts in [{@code from}, {@code upTo}): a fixed part plus a percentage of the
 * amount ({@code 1.5} means 1.5 %), then raised to {@code floor} and lowered to {@code cap} where
 * given. No {@code upTo} means no upper bound.
 */
public record FeeTier(Money from, Option<Money> upTo, Money fixed, BigDecimal percent,
    Option<Money> floor, Option<Money> cap) {

  private static final int PERCENT_TO_FACTOR = 2;

  /**
   * Guards tiers built in code; configuration goes through {@link #of}.
   *
   * @throws IllegalArgumentException if the tier is inconsistent
   */
  public FeeTier {
    Option<String> problem = problem(from, upTo, fixed, percent, floor, cap);
    if (problem.isDefined()) {
      throw new IllegalArgumentException(
          "fee tier " + problem.get() + "; use FeeTier.of for untrusted input");
    }
  }

  /**
   * A tier, or why not ({@link FeeError.InvalidSchedule}): mixed currencies, a negative value, an
   * empty range, a floor above the cap.
   */
  public static Either<FeeError, FeeTier> of(Money from, Option<Money> upTo, Money fixed,
      BigDecimal percent, Option<Money> floor, Option<Money> cap) {
    Option<String> problem = problem(from, upTo, fixed, percent, floor, cap);
    return problem.isDefined()
        ? Either.left(new FeeError.InvalidSchedule(problem.get()))
        : Either.right(new FeeTier(from, upTo, fixed, percent, floor, cap));
  }

  private static Option<String> problem(Money from, Option<Money> upTo, Money fixed,
      BigDecimal percent, Option<Money> floor, Option<Money> cap) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(upTo, "upTo");
    Objects.requireNonNull(fixed, "fixed");
    Objects.requireNonNull(percent, "percent");
    Objects.requireNonNull(floor, "floor");
    Objects.requireNonNull(cap, "cap");
    List<Money> amounts = List.of(from, fixed).appendAll(upTo).appendAll(floor).appendAll(cap);
    if (amounts.exists(m -> m == null || !m.hasCurrency(from.currency()))) {
      return Option.some("tier from " + from + ": all amounts must be in " + from.currencyCode());
    }
    if (amounts.exists(Money::isNegative) || percent.signum() < 0) {
      return Option.some("tier from " + from + ": amounts and percent must not be negative");
    }
    if (upTo.exists(end -> !end.isGreaterThan(from))) {
      return Option.some("tier from " + from + " must end above its start, ends at " + upTo.get());
    }
    if (floor.isDefined() && cap.exists(c -> floor.get().isGreaterThan(c))) {
      return Option.some("tier from " + from + ": floor " + floor.get() + " is above cap "
          + cap.get());
    }
    return Option.none();
  }

  /** The currency of the tier's bounds and fees. */
  public Currency currency() {
    return from.currency();
  }

  /** Whether {@code amount} falls in [from, upTo) in the tier's currency. */
  public boolean contains(Money amount) {
    Objects.requireNonNull(amount, "amount");
    return amount.hasCurrency(currency())
        && !amount.isLessThan(from)
        && upTo.forAll(amount::isLessThan);
  }

  /**
   * The fee for {@code amount}: the percentage rounded to the currency's minor unit with
   * {@code rounding}, plus the fixed part, then held within [floor, cap]. The caller checks
   * {@link #contains} first.
   */
  public Money feeFor(Money amount, RoundingMode rounding) {
    Money proportional = amount.times(percent.movePointLeft(PERCENT_TO_FACTOR), rounding);
    Money raw = Money.sumOf(fixed.currency(), fixed, proportional);
    // Plain branches, not Option.map: this runs for every quote, and each lambda allocates.
    Money floored = floor.isDefined() ? raw.max(floor.get()) : raw;
    return cap.isDefined() ? floored.min(cap.get()) : floored;
  }
}
