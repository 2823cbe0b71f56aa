package io.taksit.domain.error;

import io.taksit.domain.money.Money;
import io.vavr.control.Option;

/**
 * Refusals of an {@code AmountRule}: which bound or step failed, and the nearest amounts the rule
 * would accept, so a caller can offer them ("7 EGP is off the 5 EGP step: pay 5 or 10").
 */
public sealed interface AmountError extends DomainError {

  /** The rule itself is inconsistent (min above max, step not positive, no amount allowed...). */
  record InvalidRule(String rule) implements AmountError {
    @Override public String code() { return "amount.invalid_rule"; }
    @Override public String message() { return "amount rule " + rule; }
  }

  /** The amount is in another currency than the rule. */
  record WrongCurrency(String expected, String actual) implements AmountError {
    @Override public String code() { return "amount.wrong_currency"; }
    @Override public String message() {
      return "amount must be in " + expected + ", was " + actual;
    }
  }

  /** Below the rule's minimum; {@code nearestAllowedAbove} is the smallest accepted amount. */
  record BelowMinimum(Money amount, Money minimum, Option<Money> nearestAllowedAbove)
      implements AmountError {
    @Override public String code() { return "amount.below_minimum"; }
    @Override public String message() {
      return "amount " + amount + " is below the minimum " + minimum
          + nearestAllowedAbove.map(m -> "; the smallest allowed amount is " + m).getOrElse("");
    }
  }

  /** Above the rule's maximum; {@code nearestAllowedBelow} is the largest accepted amount. */
  record AboveMaximum(Money amount, Money maximum, Option<Money> nearestAllowedBelow)
      implements AmountError {
    @Override public String code() { return "amount.above_maximum"; }
    @Override public String message() {
      return "amount " + amount + " is above the maximum " + maximum
          + nearestAllowedBelow.map(m -> "; the largest allowed amount is " + m).getOrElse("");
    }
  }

  /** In range but not on the step; the neighbours are the closest accepted amounts either side. */
  record OffStep(Money amount, Money step, String anchor, Option<Money> nearestAllowedBelow,
      Option<Money> nearestAllowedAbove) implements AmountError {
    @Override public String code() { return "amount.off_step"; }
    @Override public String message() {
      String counted = "ZERO".equals(anchor) ? "multiples of " + step : "steps of " + step
          + " counted from the minimum";
      String options = nearestAllowedBelow.toList().map(Money::toString)
          .appendAll(nearestAllowedAbove.map(Money::toString)).mkString(" or ");
      return "amount " + amount + " is not one of the allowed amounts (" + counted + ")"
          + (options.isEmpty() ? "" : "; nearest allowed: " + options);
    }
  }
}
