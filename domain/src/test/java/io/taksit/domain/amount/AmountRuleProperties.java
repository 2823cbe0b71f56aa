package io.taksit.domain.amount;

import static org.assertj.core.api.Assertions.assertThat;

import io.taksit.domain.error.AmountError;
import io.taksit.domain.money.Money;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Currency;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Checks {@link AmountRule} against the definition written out independently here in plain
 * {@code long} arithmetic: allowed means in [min, max] and a whole number of steps from the anchor.
 */
class AmountRuleProperties {

  /** A rule and an amount near it, both in minor units of the rule's currency. */
  record Case(AmountRule rule, long amount) {

    Money money() {
      return Money.ofMinor(amount, rule.currency());
    }

    long min() {
      return rule.minimum().minorUnits().longValueExact();
    }

    long max() {
      return rule.maximum().minorUnits().longValueExact();
    }

    long step() {
      return rule.step().minorUnits().longValueExact();
    }

    long origin() {
      return rule.anchor() == StepAnchor.MIN ? min() : 0;
    }

    boolean allowedByDefinition(long x) {
      return x >= min() && x <= max() && Math.floorMod(x - origin(), step()) == 0;
    }

    long firstAllowedByDefinition() {
      long x = min();
      while (!allowedByDefinition(x)) {
        x++;
      }
      return x;
    }

    long lastAllowedByDefinition() {
      long x = max();
      while (!allowedByDefinition(x)) {
        x--;
      }
      return x;
    }

    @Override
    public String toString() {
      return "rule " + rule + ", amount " + money();
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<Currency> currencies = Arbitraries.of(Currency.getInstance("EGP"),
        Currency.getInstance("TRY"), Currency.getInstance("JPY"), Currency.getInstance("KWD"));
    Arbitrary<Long> minimums = Arbitraries.oneOf(
        Arbitraries.longs().between(0, 2_000), Arbitraries.longs().between(0, 1_000_000_000_000L));
    Arbitrary<Long> steps = Arbitraries.oneOf(
        Arbitraries.longs().between(1, 10), Arbitraries.longs().between(1, 2_000));
    Arbitrary<Long> stepsInRange = Arbitraries.longs().between(0, 40);
    Arbitrary<Long> slack = Arbitraries.longs().between(0, 1_999);
    Arbitrary<AmountRule> rules = Combinators.combine(currencies, minimums, steps,
            Arbitraries.of(StepAnchor.class), stepsInRange, slack)
        .as(AmountRuleProperties::validRule);
    return rules.flatMap(rule -> amountsNear(rule).map(amount -> new Case(rule, amount)));
  }

  private static AmountRule validRule(Currency currency, long min, long step, StepAnchor anchor,
      long stepsInRange, long slack) {
    long first = anchor == StepAnchor.MIN ? min : Math.floorDiv(min + step - 1, step) * step;
    long max = first + stepsInRange * step + slack % step;
    return AmountRule.of(Money.ofMinor(min, currency), Money.ofMinor(max, currency),
        Money.ofMinor(step, currency), anchor).get();
  }

  /** Anywhere around the range, and often right at or beside a step, where the edges are. */
  private static Arbitrary<Long> amountsNear(AmountRule rule) {
    long min = rule.minimum().minorUnits().longValueExact();
    long max = rule.maximum().minorUnits().longValueExact();
    long step = rule.step().minorUnits().longValueExact();
    long origin = rule.anchor() == StepAnchor.MIN ? min : 0;
    long low = min - 3 * step - 10;
    long high = max + 3 * step + 10;
    Arbitrary<Long> anywhere = Arbitraries.longs().between(low, high);
    Arbitrary<Long> besideAStep = Combinators.combine(
            Arbitraries.longs().between(Math.floorDiv(low - origin, step),
                Math.floorDiv(high - origin, step)),
            Arbitraries.longs().between(-1, 1))
        .as((k, delta) -> origin + k * step + delta);
    Arbitrary<Long> edges = Arbitraries.of(min - 1, min, min + 1, max - 1, max, max + 1);
    return Arbitraries.oneOf(anywhere, besideAStep, edges);
  }

  @Property(tries = 1000)
  void accepts_exactly_the_amounts_in_range_and_on_step(@ForAll("cases") Case c) {
    Either<AmountError, Money> checked = c.rule().check(c.money());

    assertThat(checked.isRight()).isEqualTo(c.allowedByDefinition(c.amount()));
    assertThat(c.rule().isAllowed(c.money())).isEqualTo(c.allowedByDefinition(c.amount()));
    checked.forEach(accepted -> assertThat(accepted).isEqualTo(c.money()));
  }

  @Property(tries = 1000)
  void refusals_name_the_rule_that_failed(@ForAll("cases") Case c) {
    Either<AmountError, Money> checked = c.rule().check(c.money());
    if (checked.isRight()) {
      return;
    }
    AmountError error = checked.getLeft();
    Money smallest = Money.ofMinor(c.firstAllowedByDefinition(), c.rule().currency());
    Money largest = Money.ofMinor(c.lastAllowedByDefinition(), c.rule().currency());
    if (c.amount() < c.min()) {
      assertThat(error).isEqualTo(new AmountError.BelowMinimum(
          c.money(), c.rule().minimum(), Option.some(smallest)));
    } else if (c.amount() > c.max()) {
      assertThat(error).isEqualTo(new AmountError.AboveMaximum(
          c.money(), c.rule().maximum(), Option.some(largest)));
    } else {
      assertThat(error).isEqualTo(new AmountError.OffStep(c.money(), c.rule().step(),
          c.rule().anchor().name(), c.rule().nearestAllowedBelow(c.money()),
          c.rule().nearestAllowedAbove(c.money())));
    }
  }

  @Property(tries = 1000)
  void the_nearest_allowed_amount_below_is_allowed_and_adjacent(@ForAll("cases") Case c) {
    Option<Money> below = c.rule().nearestAllowedBelow(c.money());

    if (below.isEmpty()) {
      assertThat(c.amount()).isLessThanOrEqualTo(c.firstAllowedByDefinition());
      return;
    }
    long neighbour = below.get().minorUnits().longValueExact();
    assertThat(neighbour).isLessThan(c.amount());
    assertThat(c.allowedByDefinition(neighbour)).isTrue();
    for (long between = neighbour + 1; between < c.amount(); between++) {
      assertThat(c.allowedByDefinition(between)).as("allowed %d lies between", between).isFalse();
    }
  }

  @Property(tries = 1000)
  void the_nearest_allowed_amount_above_is_allowed_and_adjacent(@ForAll("cases") Case c) {
    Option<Money> above = c.rule().nearestAllowedAbove(c.money());

    if (above.isEmpty()) {
      assertThat(c.amount()).isGreaterThanOrEqualTo(c.lastAllowedByDefinition());
      return;
    }
    long neighbour = above.get().minorUnits().longValueExact();
    assertThat(neighbour).isGreaterThan(c.amount());
    assertThat(c.allowedByDefinition(neighbour)).isTrue();
    for (long between = c.amount() + 1; between < neighbour; between++) {
      assertThat(c.allowedByDefinition(between)).as("allowed %d lies between", between).isFalse();
    }
  }

  @Property(tries = 1000)
  void smallest_and_largest_allowed_are_the_ends_of_the_allowed_set(@ForAll("cases") Case c) {
    assertThat(c.rule().smallestAllowed().minorUnits().longValueExact())
        .isEqualTo(c.firstAllowedByDefinition());
    assertThat(c.rule().largestAllowed().minorUnits().longValueExact())
        .isEqualTo(c.lastAllowedByDefinition());
  }
}
