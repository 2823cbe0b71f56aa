package io.taksit.adapters.http.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.taksit.domain.money.Currencies;
import io.taksit.domain.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** The customer rate every adapter derives from a total, over any kuruş amounts. */
class InstallmentRatesProperties {

  @Property
  void aTotalAtOrAboveThePrincipalHasTheRateThatRebuildsItWithinRounding(
      @ForAll @LongRange(min = 1, max = 10_000_000_000L) long principalMinor,
      @ForAll @LongRange(min = 0, max = 10_000_000_000L) long extraMinor) {
    Money principal = Money.ofMinor(principalMinor, Currencies.TRY);
    Money total = Money.ofMinor(principalMinor + extraMinor, Currencies.TRY);

    BigDecimal rate = InstallmentRates.customerRate(principal, total, "total").get();

    assertThat(rate.signum()).isGreaterThanOrEqualTo(0);
    assertThat(rate.scale()).isEqualTo(InstallmentRates.RATE_SCALE);
    // The exact rate lies within half a hundredth of a percent of the rounded one.
    BigDecimal exact = total.amount().subtract(principal.amount())
        .multiply(BigDecimal.valueOf(100)).divide(principal.amount(), 20, RoundingMode.HALF_UP);
    assertThat(exact.subtract(rate).abs()).isLessThanOrEqualTo(new BigDecimal("0.005"));
  }

  @Property
  void aTotalBelowThePrincipalIsRefusedNamingTheField(
      @ForAll @LongRange(min = 2, max = 10_000_000_000L) long principalMinor,
      @ForAll @LongRange(min = 1, max = 10_000_000_000L) long shortMinor) {
    long totalMinor = Math.max(1, principalMinor - Math.min(shortMinor, principalMinor - 1));
    Money principal = Money.ofMinor(principalMinor, Currencies.TRY);
    Money total = Money.ofMinor(totalMinor, Currencies.TRY);

    assertThat(InstallmentRates.customerRate(principal, total, "Details[0].TotalPrice").getLeft())
        .startsWith("Details[0].TotalPrice ").contains("is below the price");
  }

  @Property(tries = 100)
  void aTotalInAnotherCurrencyIsRefused(
      @ForAll @LongRange(min = 1, max = 1_000_000L) long minor) {
    assertThat(InstallmentRates.customerRate(Money.ofMinor(minor, Currencies.TRY),
        Money.ofMinor(minor, Currencies.EUR), "total").getLeft()).contains("EUR");
  }
}
