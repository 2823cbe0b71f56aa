package io.taksit.domain.amount;

import static io.taksit.domain.amount.Momkn362.egp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taksit.domain.error.AmountError;
import io.taksit.domain.money.Currencies;
import io.taksit.domain.money.Money;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigDecimal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AmountRuleTest {

  private static Money lira(String amount) {
    return Money.of(new BigDecimal(amount), Currencies.TRY).get();
  }

  @Nested
  class Momkn362Rule {

    private final AmountRule rule = Momkn362.rule();

    @Test
    void accepts_the_smallest_step_and_the_maximum() {
      assertThat(rule.check(egp("5"))).isEqualTo(Either.right(egp("5")));
      assertThat(rule.check(egp("1000000000"))).isEqualTo(Either.right(egp("1000000000")));
      assertThat(rule.isAllowed(egp("500"))).isTrue();
    }

    @Test
    void refuses_the_minimum_itself_because_it_is_off_the_step_counted_from_zero() {
      assertThat(rule.check(egp("1"))).isEqualTo(Either.left(new AmountError.OffStep(
          egp("1"), egp("5"), "ZERO", Option.none(), Option.some(egp("5")))));
    }

    @Test
    void refuses_an_amount_between_two_steps_naming_both() {
      assertThat(rule.check(egp("7"))).isEqualTo(Either.left(new AmountError.OffStep(
          egp("7"), egp("5"), "ZERO", Option.some(egp("5")), Option.some(egp("10")))));
    }

    @Test
    void refuses_a_fraction_of_a_pound_off_the_step() {
      assertThat(rule.check(egp("10.01"))).isEqualTo(Either.left(new AmountError.OffStep(
          egp("10.01"), egp("5"), "ZERO", Option.some(egp("10")), Option.some(egp("15")))));
    }

    @Test
    void refuses_above_the_maximum_naming_the_largest_allowed_amount() {
      assertThat(rule.check(egp("1000000005"))).isEqualTo(Either.left(new AmountError.AboveMaximum(
          egp("1000000005"), egp("1000000000"), Option.some(egp("1000000000")))));
    }

    @Test
    void refuses_below_the_minimum_naming_the_smallest_allowed_amount() {
      assertThat(rule.check(egp("0.50"))).isEqualTo(Either.left(new AmountError.BelowMinimum(
          egp("0.50"), egp("1"), Option.some(egp("5")))));
    }

    @Test
    void refuses_another_currency() {
      assertThat(rule.check(lira("5"))).isEqualTo(
          Either.left(new AmountError.WrongCurrency("EGP", "TRY")));
      assertThat(rule.nearestAllowedAbove(lira("5"))).isEmpty();
      assertThat(rule.nearestAllowedBelow(lira("5"))).isEmpty();
    }

    @Test
    void knows_its_bounds() {
      assertThat(rule.smallestAllowed()).isEqualTo(egp("5"));
      assertThat(rule.largestAllowed()).isEqualTo(egp("1000000000"));
      assertThat(rule.currency()).isEqualTo(Currencies.EGP);
    }

    @Test
    void neighbours_are_strictly_below_and_above() {
      assertThat(rule.nearestAllowedBelow(egp("10"))).contains(egp("5"));
      assertThat(rule.nearestAllowedAbove(egp("10"))).contains(egp("15"));
      assertThat(rule.nearestAllowedBelow(egp("5"))).isEmpty();
      assertThat(rule.nearestAllowedAbove(egp("1000000000"))).isEmpty();
      assertThat(rule.nearestAllowedBelow(egp("-3"))).isEmpty();
      assertThat(rule.nearestAllowedAbove(egp("-3"))).contains(egp("5"));
      assertThat(rule.nearestAllowedBelow(egp("2000000000"))).contains(egp("1000000000"));
    }
  }

  @Test
  void anchored_at_the_minimum_the_steps_start_at_the_minimum() {
    AmountRule rule = AmountRule.of(egp("1"), egp("20"), egp("5"), StepAnchor.MIN).get();

    assertThat(rule.smallestAllowed()).isEqualTo(egp("1"));
    assertThat(rule.largestAllowed()).isEqualTo(egp("16"));
    assertThat(rule.isAllowed(egp("6"))).isTrue();
    assertThat(rule.check(egp("5"))).isEqualTo(Either.left(new AmountError.OffStep(
        egp("5"), egp("5"), "MIN", Option.some(egp("1")), Option.some(egp("6")))));
    assertThat(rule.check(egp("18"))).isEqualTo(Either.left(new AmountError.OffStep(
        egp("18"), egp("5"), "MIN", Option.some(egp("16")), Option.none())));
  }

  @Test
  void unstepped_allows_every_minor_unit_in_range() {
    AmountRule rule = AmountRule.unstepped(egp("0"), egp("10")).get();

    assertThat(rule.step()).isEqualTo(egp("0.01"));
    assertThat(rule.isAllowed(egp("0"))).isTrue();
    assertThat(rule.isAllowed(egp("3.37"))).isTrue();
    assertThat(rule.isAllowed(egp("10.01"))).isFalse();
  }

  @Test
  void refuses_inconsistent_rules() {
    assertThat(AmountRule.of(egp("1"), lira("10"), egp("1"), StepAnchor.ZERO).getLeft())
        .isInstanceOf(AmountError.InvalidRule.class);
    assertThat(AmountRule.of(egp("1"), egp("10"), lira("1"), StepAnchor.ZERO).getLeft())
        .isInstanceOf(AmountError.InvalidRule.class);
    assertThat(AmountRule.of(egp("-1"), egp("10"), egp("1"), StepAnchor.ZERO)).isEqualTo(
        Either.left(new AmountError.InvalidRule("minimum must not be negative, was -1.00 EGP")));
    assertThat(AmountRule.of(egp("11"), egp("10"), egp("1"), StepAnchor.ZERO)).isEqualTo(
        Either.left(new AmountError.InvalidRule(
            "minimum 11.00 EGP must not be above maximum 10.00 EGP")));
    assertThat(AmountRule.of(egp("1"), egp("10"), egp("0"), StepAnchor.ZERO)).isEqualTo(
        Either.left(new AmountError.InvalidRule("step must be greater than zero, was 0.00 EGP")));
    assertThat(AmountRule.of(egp("1"), egp("10"), egp("-5"), StepAnchor.MIN).getLeft())
        .isInstanceOf(AmountError.InvalidRule.class);
  }

  @Test
  void refuses_a_rule_that_admits_no_amount() {
    assertThat(AmountRule.of(egp("1"), egp("4"), egp("5"), StepAnchor.ZERO).getLeft())
        .isInstanceOf(AmountError.InvalidRule.class);
    assertThat(AmountRule.of(egp("1"), egp("4"), egp("5"), StepAnchor.MIN).isRight()).isTrue();
    assertThat(AmountRule.of(egp("0"), egp("0"), egp("5"), StepAnchor.ZERO).isRight()).isTrue();
  }

  @Test
  void a_minimum_of_zero_is_allowed() {
    AmountRule rule = AmountRule.of(egp("0"), egp("10"), egp("5"), StepAnchor.ZERO).get();

    assertThat(rule.smallestAllowed()).isEqualTo(egp("0"));
  }

  @Test
  void the_constructor_guards_against_inconsistent_constants() {
    assertThatThrownBy(() -> new AmountRule(egp("10"), egp("1"), egp("1"), StepAnchor.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("AmountRule.of");
  }
}
