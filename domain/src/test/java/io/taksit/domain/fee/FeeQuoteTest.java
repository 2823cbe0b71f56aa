package io.taksit.domain.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taksit.domain.error.FeeError;
import io.taksit.domain.money.Currencies;
import io.taksit.domain.money.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FeeQuoteTest {

  static Money egp(String amount) {
    return Money.of(new BigDecimal(amount), Currencies.EGP).get();
  }

  @Test
  void keeps_a_provider_quote_that_adds_up() {
    FeeQuote quote = FeeQuote.of(egp("1000"), egp("10"), egp("1.40"), egp("0.40"), egp("1011"),
        FeeSource.PROVIDER).get();

    assertThat(quote.total()).isEqualTo(egp("1011"));
    assertThat(quote.source()).isEqualTo(FeeSource.PROVIDER);
  }

  @Test
  void refuses_a_provider_quote_that_does_not_add_up() {
    assertThat(FeeQuote.of(egp("1000"), egp("10"), egp("1.40"), egp("0"), egp("1011"),
        FeeSource.PROVIDER).getLeft())
        .isEqualTo(new FeeError.InvalidQuote(
            "total 1011.00 EGP must equal amount + fee + tax − discount = 1011.40 EGP"));
  }

  @Test
  void refuses_negative_parts_a_non_positive_amount_and_mixed_currencies() {
    assertThat(FeeQuote.computed(egp("100"), egp("-1"), egp("0"), egp("0"), FeeSource.PROVIDER)
        .getLeft()).isEqualTo(new FeeError.InvalidQuote("fee must not be negative, was -1.00 EGP"));
    assertThat(FeeQuote.computed(egp("100"), egp("1"), egp("-0.01"), egp("0"), FeeSource.PROVIDER)
        .getLeft()).isEqualTo(new FeeError.InvalidQuote("tax must not be negative, was -0.01 EGP"));
    assertThat(FeeQuote.computed(egp("100"), egp("1"), egp("0"), egp("-2"), FeeSource.PROVIDER)
        .getLeft()).isEqualTo(
            new FeeError.InvalidQuote("discount must not be negative, was -2.00 EGP"));
    assertThat(FeeQuote.computed(egp("0"), egp("1"), egp("0"), egp("0"), FeeSource.PROVIDER)
        .getLeft()).isEqualTo(
            new FeeError.InvalidQuote("amount must be greater than zero, was 0.00 EGP"));
    assertThat(FeeQuote.computed(egp("100"), egp("1"), egp("0"), egp("101.01"),
        FeeSource.PROVIDER).getLeft()).isEqualTo(new FeeError.InvalidQuote(
            "discount 101.01 EGP must not exceed amount + fee + tax"));
    assertThat(FeeQuote.computed(egp("100"), Money.ofMinor(100, Currencies.TRY), egp("0"),
        egp("0"), FeeSource.PROVIDER).getLeft()).isEqualTo(new FeeError.InvalidQuote(
            "parts must all be in the amount's currency EGP"));
  }

  @Test
  void computes_the_total_from_the_parts() {
    FeeQuote quote = FeeQuote.computed(egp("250"), egp("5"), egp("0.70"), egp("1"),
        FeeSource.SCHEDULE).get();

    assertThat(quote.total()).isEqualTo(egp("254.70"));
  }

  @Test
  void the_constructor_guards_against_a_total_that_does_not_add_up() {
    assertThatThrownBy(() -> new FeeQuote(egp("1"), egp("1"), egp("0"), egp("0"), egp("1"),
        FeeSource.SCHEDULE)).isInstanceOf(IllegalArgumentException.class);
  }
}
