package io.taksit.benchmarks.domain;

import io.taksit.domain.amount.AmountRule;
import io.taksit.domain.amount.StepAnchor;
import java.util.Currency;

/**
 * The baseline for {@link AmountRule#check}: the same range, step and anchor on {@code long}
 * minor units, answering the same verdict and the same nearest allowed amounts below and above.
 * The smallest and largest allowed amounts are computed once, as hand-written code would.
 */
final class LongAmountRule {

  static final int ALLOWED = 0;
  static final int WRONG_CURRENCY = 1;
  static final int BELOW_MINIMUM = 2;
  static final int ABOVE_MAXIMUM = 3;
  static final int OFF_STEP = 4;
  /** No allowed amount on that side. */
  static final long NONE = Long.MIN_VALUE;

  /** A verdict with the nearest allowed amounts to offer instead ({@link #NONE} when none). */
  record Check(int verdict, long amount, long nearestBelow, long nearestAbove) {}

  private final Currency currency;
  private final long minimum;
  private final long maximum;
  private final long step;
  private final long origin;
  private final long smallest;
  private final long largest;

  private LongAmountRule(Currency currency, long minimum, long maximum, long step, long origin) {
    this.currency = currency;
    this.minimum = minimum;
    this.maximum = maximum;
    this.step = step;
    this.origin = origin;
    this.smallest = ceiling(minimum);
    this.largest = floor(maximum);
  }

  static LongAmountRule of(AmountRule rule) {
    long minimum = rule.minimum().minorUnits().longValueExact();
    return new LongAmountRule(rule.currency(), minimum,
        rule.maximum().minorUnits().longValueExact(), rule.step().minorUnits().longValueExact(),
        rule.anchor() == StepAnchor.MIN ? minimum : 0L);
  }

  Check check(long amount, Currency in) {
    if (!currency.equals(in)) {
      return new Check(WRONG_CURRENCY, amount, NONE, NONE);
    }
    if (amount < minimum) {
      return new Check(BELOW_MINIMUM, amount, NONE, smallest);
    }
    if (amount > maximum) {
      return new Check(ABOVE_MAXIMUM, amount, largest, NONE);
    }
    if (Math.floorMod(amount - origin, step) != 0) {
      long below = Math.min(floor(amount - 1), largest);
      long above = Math.max(ceiling(amount + 1), smallest);
      return new Check(OFF_STEP, amount, below < smallest ? NONE : below,
          above > largest ? NONE : above);
    }
    return new Check(ALLOWED, amount, NONE, NONE);
  }

  private long floor(long point) {
    return point - Math.floorMod(point - origin, step);
  }

  private long ceiling(long point) {
    long floor = floor(point);
    return floor == point ? floor : floor + step;
  }
}
