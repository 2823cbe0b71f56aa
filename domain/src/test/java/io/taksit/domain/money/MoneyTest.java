package io.taksit.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taksit.domain.error.MoneyError;
import io.vavr.collection.List;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void holdsTheCurrencyScaleWithoutRounding() {
    assertThat(Money.parse("500", "egp").get().amount()).isEqualByComparingTo("500.00")
        .hasToString("500.00");
    assertThat(Money.parse("500.001", "EGP").getLeft())
        .isEqualTo(new MoneyError.TooManyDecimals(new BigDecimal("500.001"), "EGP", 2));
    assertThat(Money.parse("7.5000", "JPY").getLeft()).isInstanceOf(MoneyError.TooManyDecimals.class);
    assertThat(Money.parse("1.234", "KWD").get().scale()).isEqualTo(3);
  }

  @Test
  void refusesUnknownCurrenciesAndBadText() {
    assertThat(Money.parse("1", "ABC").getLeft()).isEqualTo(new MoneyError.UnknownCurrency("ABC"));
    assertThat(Money.parse("1", "XXX").getLeft())
        .isEqualTo(new MoneyError.CurrencyWithoutMinorUnits("XXX"));
    assertThat(Money.parse("1,5", "TRY").getLeft()).isEqualTo(new MoneyError.InvalidAmountText("1,5"));
    assertThat(Money.parse(" ", "TRY").getLeft()).isInstanceOf(MoneyError.InvalidAmountText.class);
  }

  @Test
  void arithmeticRefusesMixedCurrencies() {
    Money egp = Money.ofMinor(100, Currencies.EGP);
    Money usd = Money.ofMinor(100, Currencies.USD);
    assertThat(egp.plus(usd).getLeft()).isEqualTo(new MoneyError.CurrencyMismatch("EGP", "USD"));
    assertThat(egp.minus(usd).getLeft()).isEqualTo(new MoneyError.CurrencyMismatch("EGP", "USD"));
    assertThat(egp.plus(egp).get()).isEqualTo(Money.ofMinor(200, Currencies.EGP));
    assertThatThrownBy(() -> egp.compareTo(usd)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void multipliesByARateWithTheGivenRounding() {
    Money amount = Money.parse("100.05", "TRY").get();
    assertThat(amount.times(new BigDecimal("0.015"), RoundingMode.HALF_UP))
        .isEqualTo(Money.parse("1.50", "TRY").get());
    assertThat(amount.times(new BigDecimal("0.015"), RoundingMode.UP))
        .isEqualTo(Money.parse("1.51", "TRY").get());
  }

  @Test
  void allocatesTeqpaysTwelveInstallmentsExactly() {
    Money total = Money.parse("500.00", "TRY").get();
    List<Money> parts = total.allocate(12).get();
    assertThat(parts.take(8)).allMatch(p -> p.equals(Money.parse("41.67", "TRY").get()));
    assertThat(parts.drop(8)).allMatch(p -> p.equals(Money.parse("41.66", "TRY").get()));
  }

  @Test
  void allocatesByRatiosAndRefusesNonsense() {
    Money total = Money.parse("100.00", "EUR").get();
    assertThat(total.allocate(List.of(new BigDecimal("1"), new BigDecimal("2"))).get())
        .containsExactly(Money.parse("33.33", "EUR").get(), Money.parse("66.67", "EUR").get());
    assertThat(total.allocate(0).getLeft()).isInstanceOf(MoneyError.InvalidAllocation.class);
    assertThat(total.allocate(List.of(BigDecimal.ZERO)).getLeft())
        .isInstanceOf(MoneyError.InvalidAllocation.class);
    assertThat(total.allocate(List.of(BigDecimal.ONE.negate(), BigDecimal.TEN)).getLeft())
        .isInstanceOf(MoneyError.InvalidAllocation.class);
    assertThat(total.negate().allocate(3).get())
        .containsExactly(Money.parse("-33.34", "EUR").get(), Money.parse("-33.33", "EUR").get(),
            Money.parse("-33.33", "EUR").get());
  }
}
