package io.taksit.domain.installment;

import static org.assertj.core.api.Assertions.assertThat;

import io.taksit.domain.money.Currencies;
import io.taksit.domain.money.Money;
import io.taksit.domain.provider.ProviderId;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * A provider's own per-installment figure is kept beside the exact schedule: a note says by how
 * much it disagrees with the total exactly when it does, and the schedule never moves.
 */
class ProviderPerInstallmentProperties {

  private static Money lira(long minor) {
    return Money.ofMinor(BigInteger.valueOf(minor), Currencies.TRY);
  }

  @Property
  void the_note_names_the_gap_exactly_when_there_is_one(
      @ForAll @LongRange(min = 100, max = 100_000_000) long totalMinor,
      @ForAll @IntRange(min = 1, max = 36) int count,
      @ForAll @LongRange(min = -500, max = 500) long offsetMinor) {
    Money total = lira(totalMinor);
    InstallmentOption option = InstallmentOption.of(new ProviderId("teqpay"), Option.none(), count,
        total, BigDecimal.ZERO, BigDecimal.ONE, total).get();
    long perMinor = Math.max(1, totalMinor / count + offsetMinor);

    InstallmentOption kept = option.withProviderPerInstallment("Teqpay", lira(perMinor)).get();

    long gap = Math.abs(perMinor * count - totalMinor);
    assertThat(kept.schedule()).isEqualTo(option.schedule());
    assertThat(kept.total()).isEqualTo(total);
    assertThat(kept.details().providerPerInstallment()).containsExactly(lira(perMinor));
    if (gap == 0) {
      assertThat(kept.details().notes()).isEmpty();
    } else {
      assertThat(kept.details().notes()).singleElement().asString()
          .startsWith("Teqpay's figures disagree by " + lira(gap) + ": ");
    }
  }

  @Property
  void a_figure_in_another_currency_or_not_positive_is_refused(
      @ForAll @IntRange(min = 1, max = 12) int count) {
    Money total = lira(100_00);
    InstallmentOption option = InstallmentOption.of(new ProviderId("teqpay"), Option.none(), count,
        total, BigDecimal.ZERO, BigDecimal.ONE, total).get();

    assertThat(option.withProviderPerInstallment("Teqpay",
        Money.ofMinor(BigInteger.TEN, Currencies.EGP)).isLeft()).isTrue();
    assertThat(option.withProviderPerInstallment("Teqpay", lira(0)).isLeft()).isTrue();
  }
}
