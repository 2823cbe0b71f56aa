package io.taksit.domain.money;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Currency;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class MoneyAllocationProperties {

  @Property(tries = 1000)
  void partsSumExactlyAndDifferByAtMostOneMinorUnit(@ForAll("amounts") Money amount,
      @ForAll @IntRange(min = 1, max = 60) int parts) {
    List<Money> allocated = amount.allocate(parts).get();

    assertThat(allocated).hasSize(parts);
    assertThat(sumMinor(allocated)).isEqualTo(amount.minorUnits());
    BigInteger largest = allocated.map(Money::minorUnits).max().get();
    BigInteger smallest = allocated.map(Money::minorUnits).min().get();
    assertThat(largest.subtract(smallest).abs()).isLessThanOrEqualTo(BigInteger.ONE);
    assertThat(allocated).allMatch(p -> p.currency().equals(amount.currency())
        && p.scale() == amount.scale());
  }

  @Property(tries = 1000)
  void remaindersGoToTheFirstParts(@ForAll("amounts") Money amount,
      @ForAll @IntRange(min = 1, max = 60) int parts) {
    List<BigInteger> magnitudes = amount.allocate(parts).get().map(m -> m.minorUnits().abs());
    // Non-increasing magnitudes: the bigger parts come first, never after a smaller one.
    for (int i = 1; i < magnitudes.size(); i++) {
      assertThat(magnitudes.get(i)).isLessThanOrEqualTo(magnitudes.get(i - 1));
    }
  }

  /** {@code allocate(n)} has its own fast path; it must answer exactly as n equal ratios do. */
  @Property(tries = 1000)
  void equalPartsAreEqualRatios(@ForAll("amounts") Money amount,
      @ForAll @IntRange(min = 1, max = 60) int parts) {
    assertThat(amount.allocate(parts).get())
        .isEqualTo(amount.allocate(List.fill(parts, BigDecimal.ONE)).get());
  }

  @Property(tries = 1000)
  void ratioPartsSumExactlyAndStayWithinOneUnitOfTheirShare(@ForAll("amounts") Money amount,
      @ForAll @Size(min = 1, max = 12) java.util.List<@IntRange(min = 0, max = 1000) Integer> weights) {
    if (weights.stream().allMatch(w -> w == 0)) {
      assertThat(amount.allocate(List.ofAll(weights).map(BigDecimal::valueOf)).isLeft()).isTrue();
      return;
    }
    List<BigDecimal> ratios = List.ofAll(weights).map(BigDecimal::valueOf);
    List<Money> allocated = amount.allocate(ratios).get();
    assertThat(sumMinor(allocated)).isEqualTo(amount.minorUnits());
    BigDecimal weightSum = ratios.fold(BigDecimal.ZERO, BigDecimal::add);
    for (int i = 0; i < allocated.size(); i++) {
      // |part - total * r / sum| < 1, kept exact by multiplying through by the sum.
      BigDecimal scaledShare = new BigDecimal(amount.minorUnits().abs()).multiply(ratios.get(i));
      BigDecimal scaledPart = new BigDecimal(allocated.get(i).minorUnits().abs()).multiply(weightSum);
      assertThat(scaledPart.subtract(scaledShare).abs()).isLessThan(weightSum);
      if (ratios.get(i).signum() == 0) {
        assertThat(allocated.get(i).isZero()).isTrue();
      }
    }
  }

  private static BigInteger sumMinor(List<Money> parts) {
    return parts.map(Money::minorUnits).fold(BigInteger.ZERO, BigInteger::add);
  }

  @Provide
  Arbitrary<Money> amounts() {
    Arbitrary<Currency> currencies = Arbitraries.of(
        Currencies.EGP, Currencies.TRY, Currencies.USD, Currencies.EUR,
        Currency.getInstance("JPY"), Currency.getInstance("KWD"));
    Arbitrary<Long> minor = Arbitraries.longs().between(-1_000_000_000_000L, 1_000_000_000_000L)
        .edgeCases(c -> c.add(0L, 1L, -1L, 11L));
    return net.jqwik.api.Combinators.combine(minor, currencies).as(Money::ofMinor);
  }
}
