package io.taksit.domain.amount;

import io.taksit.domain.error.AmountError;
import io.taksit.domain.money.Money;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigInteger;
import java.util.Currency;
import java.util.Objects;

/**
 * Which amounts a biller accepts: a closed range [minimum, maximum] and a step counted from an
 * {@link StepAnchor}. A refused amount comes back with the nearest amounts the rule would take, so
 * a caller can offer them instead of a bare "invalid amount".
 *
 * <p>All arithmetic is done on whole minor units ({@link BigInteger}), so no rounding can make an
 * amount look allowed when it is not. Only amounts in the rule's currency are ever allowed.
 *
 * <p>Momkn service 362 is {@code (1 EGP, 1000000000 EGP, 5 EGP, ZERO)}: 1 EGP lies in the range but
 * off the step, so the smallest payable amount is 5 EGP.
 */
public final class AmountRule {

  private final Money minimum;
  private final Money maximum;
  private final Money step;
  private final StepAnchor anchor;
  /** Kept, not rebuilt per question: every check asks it, and its step and origin never change. */
  private final MinorUnitGrid grid;
  private final Money smallestAllowed;
  private final Money largestAllowed;

  /**
   * Guards against rules built in code from trusted constants; untrusted input goes through
   * {@link #of}.
   *
   * @throws IllegalArgumentException if the rule is inconsistent
   */
  public AmountRule(Money minimum, Money maximum, Money step, StepAnchor anchor) {
    this(checked(minimum, maximum, step, anchor), maximum, step, anchor, true);
  }

  /**
   * A rule already checked; its grid and allowed ends worked out once. A value class rather than
   * a record for that reason: a record can keep no field beyond its components.
   */
  private AmountRule(Money minimum, Money maximum, Money step, StepAnchor anchor,
      boolean checked) {
    this.minimum = minimum;
    this.maximum = maximum;
    this.step = step;
    this.anchor = anchor;
    this.grid = grid(minimum, step, anchor);
    this.smallestAllowed = Money.ofMinor(grid.ceiling(minimum.minorUnits()), minimum.currency());
    this.largestAllowed = Money.ofMinor(grid.floor(maximum.minorUnits()), minimum.currency());
  }

  private static Money checked(Money minimum, Money maximum, Money step, StepAnchor anchor) {
    Option<String> problem = problem(minimum, maximum, step, anchor);
    if (problem.isDefined()) {
      throw new IllegalArgumentException(
          "amount rule " + problem.get() + "; use AmountRule.of for untrusted input");
    }
    return minimum;
  }

  /** A consistent rule admitting some amount, or why not ({@link AmountError.InvalidRule}). */
  public static Either<AmountError, AmountRule> of(Money minimum, Money maximum, Money step,
      StepAnchor anchor) {
    Option<String> problem = problem(minimum, maximum, step, anchor);
    return problem.isDefined()
        ? Either.left(new AmountError.InvalidRule(problem.get()))
        : Either.right(new AmountRule(minimum, maximum, step, anchor, true));
  }

  /** A range where every amount of the currency's precision is allowed (step: one minor unit). */
  public static Either<AmountError, AmountRule> unstepped(Money minimum, Money maximum) {
    Objects.requireNonNull(minimum, "minimum");
    return of(minimum, maximum, minimum.oneMinorUnit(), StepAnchor.ZERO);
  }

  private static Option<String> problem(Money minimum, Money maximum, Money step,
      StepAnchor anchor) {
    Objects.requireNonNull(minimum, "minimum");
    Objects.requireNonNull(maximum, "maximum");
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(anchor, "anchor");
    if (!maximum.hasCurrency(minimum.currency()) || !step.hasCurrency(minimum.currency())) {
      return Option.some("minimum, maximum and step must share one currency, were "
          + minimum.currencyCode() + ", " + maximum.currencyCode() + ", " + step.currencyCode());
    }
    if (minimum.isNegative()) {
      return Option.some("minimum must not be negative, was " + minimum);
    }
    if (minimum.isGreaterThan(maximum)) {
      return Option.some("minimum " + minimum + " must not be above maximum " + maximum);
    }
    if (!step.isPositive()) {
      return Option.some("step must be greater than zero, was " + step);
    }
    MinorUnitGrid grid = grid(minimum, step, anchor);
    if (grid.ceiling(minimum.minorUnits()).compareTo(maximum.minorUnits()) > 0) {
      return Option.some("admits no amount: no multiple of " + step + " lies between "
          + minimum + " and " + maximum);
    }
    return Option.none();
  }

  private static MinorUnitGrid grid(Money minimum, Money step, StepAnchor anchor) {
    BigInteger origin = anchor == StepAnchor.MIN ? minimum.minorUnits() : BigInteger.ZERO;
    return new MinorUnitGrid(origin, step.minorUnits());
  }

  /** The currency of every amount the rule allows. */
  public Currency currency() {
    return minimum.currency();
  }

  public Money minimum() {
    return minimum;
  }

  public Money maximum() {
    return maximum;
  }

  public Money step() {
    return step;
  }

  public StepAnchor anchor() {
    return anchor;
  }

  /** The smallest amount the rule accepts; with anchor ZERO it may lie above the minimum. */
  public Money smallestAllowed() {
    return smallestAllowed;
  }

  /** The largest amount the rule accepts; it may lie below the maximum. */
  public Money largestAllowed() {
    return largestAllowed;
  }

  /** Whether the rule accepts the amount as it is. */
  public boolean isAllowed(Money amount) {
    return check(amount).isRight();
  }

  /**
   * The largest allowed amount strictly below {@code amount}; none when no allowed amount is
   * smaller, or the amount is in another currency.
   */
  public Option<Money> nearestAllowedBelow(Money amount) {
    Objects.requireNonNull(amount, "amount");
    if (!amount.hasCurrency(currency())) {
      return Option.none();
    }
    BigInteger candidate = grid().floor(amount.minorUnits().subtract(BigInteger.ONE))
        .min(largestAllowed().minorUnits());
    return candidate.compareTo(smallestAllowed().minorUnits()) < 0
        ? Option.none()
        : Option.some(money(candidate));
  }

  /**
   * The smallest allowed amount strictly above {@code amount}; none when no allowed amount is
   * larger, or the amount is in another currency.
   */
  public Option<Money> nearestAllowedAbove(Money amount) {
    Objects.requireNonNull(amount, "amount");
    if (!amount.hasCurrency(currency())) {
      return Option.none();
    }
    BigInteger candidate = grid().ceiling(amount.minorUnits().add(BigInteger.ONE))
        .max(smallestAllowed().minorUnits());
    return candidate.compareTo(largestAllowed().minorUnits()) > 0
        ? Option.none()
        : Option.some(money(candidate));
  }

  /**
   * The amount itself when allowed; otherwise the first rule it breaks, in this order: currency,
   * minimum, maximum, step. Each refusal carries the nearest allowed amounts to offer instead.
   */
  public Either<AmountError, Money> check(Money amount) {
    Objects.requireNonNull(amount, "amount");
    if (!amount.hasCurrency(currency())) {
      return Either.left(
          new AmountError.WrongCurrency(minimum.currencyCode(), amount.currencyCode()));
    }
    if (amount.isLessThan(minimum)) {
      return Either.left(
          new AmountError.BelowMinimum(amount, minimum, Option.some(smallestAllowed())));
    }
    if (amount.isGreaterThan(maximum)) {
      return Either.left(
          new AmountError.AboveMaximum(amount, maximum, Option.some(largestAllowed())));
    }
    if (!grid().contains(amount.minorUnits())) {
      return Either.left(new AmountError.OffStep(amount, step, anchor.name(),
          nearestAllowedBelow(amount), nearestAllowedAbove(amount)));
    }
    return Either.right(amount);
  }

  private MinorUnitGrid grid() {
    return grid;
  }

  private Money money(BigInteger minorUnits) {
    return Money.ofMinor(minorUnits, currency());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AmountRule other && minimum.equals(other.minimum)
        && maximum.equals(other.maximum) && step.equals(other.step) && anchor == other.anchor;
  }

  @Override
  public int hashCode() {
    return Objects.hash(minimum, maximum, step, anchor);
  }

  /** As a record would write it. */
  @Override
  public String toString() {
    return "AmountRule[minimum=" + minimum + ", maximum=" + maximum + ", step=" + step
        + ", anchor=" + anchor + "]";
  }
}
