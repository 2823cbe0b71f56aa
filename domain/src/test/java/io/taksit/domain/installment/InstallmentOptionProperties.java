package io.taksit.domain.installment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taksit.domain.error.InstallmentError;
import io.taksit.domain.money.Currencies;
import io.taksit.domain.money.Money;
import io.taksit.domain.provider.ProviderId;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Currency;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class InstallmentOptionProperties {

  private static final Money PRICE = Money.ofMinor(50_000, Currencies.TRY);

  @Property(tries = 1000)
  void scheduleSumsExactlyToTheTotalInNearlyEqualParts(@ForAll("totals") Money total,
      @ForAll("counts") int count) {
    InstallmentOption option = InstallmentOption.of(new ProviderId("teqpay"), Option.none(), count,
        total, BigDecimal.ZERO, BigDecimal.ONE, total).get();

    List<BigInteger> parts = option.schedule().map(Money::minorUnits);
    assertThat(parts.size()).isEqualTo(count);
    assertThat(option.schedule().forAll(part -> part.hasCurrency(total.currency()))).isTrue();
    assertThat(parts.fold(BigInteger.ZERO, BigInteger::add)).isEqualTo(total.minorUnits());
    assertThat(parts.max().get().subtract(parts.min().get())).isLessThanOrEqualTo(BigInteger.ONE);
    assertThat(parts.sliding(2).forAll(pair -> pair.size() < 2
        || pair.get(0).compareTo(pair.get(1)) >= 0)).as("bigger parts first").isTrue();
    assertThat(option.perInstallment()).isEqualTo(option.schedule().head());
  }

  @Property(tries = 1000)
  void interestNeverMakesTheTotalSmallerThanThePrincipal(@ForAll("totals") Money principal,
      @ForAll("rates") BigDecimal rate, @ForAll("roundings") RoundingMode rounding) {
    Either<InstallmentError, InstallmentOption> option = InstallmentOption.withInterest(
        new ProviderId("paywall"), Option.some("gateway"), 3, principal, rate, BigDecimal.ONE, rounding);

    BigDecimal exact = principal.amount().multiply(
        BigDecimal.ONE.add(rate.movePointLeft(2)));
    if (option.isLeft()) {
      assertThat(rounding).isEqualTo(RoundingMode.UNNECESSARY);
      assertThat(option.getLeft()).isInstanceOf(InstallmentError.InvalidOption.class);
      return;
    }
    Money total = option.get().total();
    assertThat(total.isLessThan(principal)).isFalse();
    assertThat(option.get().customerCost().isNegative()).isFalse();
    assertThat(total.amount().subtract(exact).abs())
        .as("rounded once, to the nearest minor unit either way")
        .isLessThan(principal.oneMinorUnit().amount());
  }

  @Property(tries = 1000)
  void noInterestMeansTheTotalIsThePrincipal(@ForAll("totals") Money principal,
      @ForAll("roundings") RoundingMode rounding) {
    InstallmentOption option = InstallmentOption.withInterest(new ProviderId("paywall"), Option.none(),
        6, principal, new BigDecimal("0.00"), BigDecimal.ZERO, rounding).get();

    assertThat(option.total()).isEqualTo(principal);
    assertThat(option.customerCost().isZero()).isTrue();
  }

  @Property(tries = 1000)
  void countsOutsideOneToThirtySixAreRefused(@ForAll("badCounts") int count) {
    assertThat(InstallmentOption.of(new ProviderId("paywall"), Option.none(), count, PRICE,
        BigDecimal.ZERO, BigDecimal.ZERO, PRICE).getLeft())
        .isEqualTo(new InstallmentError.CountOutOfRange(count));
  }

  @Property(tries = 1000)
  void negativeRatesAreRefusedByName(@ForAll("negativeRates") BigDecimal negative) {
    assertThat(InstallmentOption.of(new ProviderId("paywall"), Option.none(), 2, PRICE, negative,
        BigDecimal.ZERO, PRICE).getLeft())
        .isEqualTo(new InstallmentError.NegativeRate("customerInterestRate", negative));
    assertThat(InstallmentOption.of(new ProviderId("paywall"), Option.none(), 2, PRICE,
        BigDecimal.ZERO, negative, PRICE).getLeft())
        .isEqualTo(new InstallmentError.NegativeRate("merchantCommissionRate", negative));
    assertThat(InstallmentOption.withInterest(new ProviderId("paywall"), Option.none(), 2, PRICE,
        negative, BigDecimal.ZERO, RoundingMode.HALF_UP).getLeft())
        .isEqualTo(new InstallmentError.NegativeRate("customerInterestRate", negative));
  }

  @Property(tries = 1000)
  void theSameRateWrittenWithMoreZerosMakesAnEqualOption(@ForAll("rates") BigDecimal rate,
      @ForAll("totals") Money total) {
    InstallmentOption plain = InstallmentOption.of(new ProviderId("paywall"), Option.none(), 2, total,
        rate, rate, total).get();
    BigDecimal padded = rate.setScale(rate.scale() + 2);
    InstallmentOption withZeros = InstallmentOption.of(new ProviderId("paywall"), Option.none(), 2,
        total, padded, padded, total).get();

    assertThat(withZeros).isEqualTo(plain).hasSameHashCodeAs(plain);
    assertThat(withZeros.customerInterestRate().compareTo(rate)).isZero();
  }

  @Example
  void principalAndTotalMustBePositiveAndShareACurrency() {
    Money zero = Money.zero(Currencies.TRY);
    Money euros = Money.ofMinor(50_000, Currencies.EUR);

    assertThat(InstallmentOption.of(new ProviderId("paywall"), Option.none(), 1, zero, BigDecimal.ZERO,
        BigDecimal.ZERO, PRICE).getLeft()).isInstanceOf(InstallmentError.InvalidOption.class);
    assertThat(InstallmentOption.of(new ProviderId("paywall"), Option.none(), 1, PRICE, BigDecimal.ZERO,
        BigDecimal.ZERO, zero).getLeft()).isInstanceOf(InstallmentError.InvalidOption.class);
    assertThat(InstallmentOption.of(new ProviderId("paywall"), Option.none(), 1, PRICE, BigDecimal.ZERO,
        BigDecimal.ZERO, euros).getLeft().message()).contains("EUR").contains("TRY");
    assertThat(InstallmentOption.of(new ProviderId("paywall"), Option.none(), 1, PRICE, null,
        BigDecimal.ZERO, PRICE).getLeft().message()).contains("customerInterestRate");
  }

  @Example
  void channelsAreTrimmedAndBlankChannelsRefused() {
    assertThat(InstallmentOption.of(new ProviderId("paywall"), Option.some(" 4149 "), 1, PRICE,
        BigDecimal.ZERO, BigDecimal.ZERO, PRICE).get().channel()).isEqualTo(Option.some("4149"));
    assertThat(InstallmentOption.of(new ProviderId("paywall"), Option.some(" "), 1, PRICE,
        BigDecimal.ZERO, BigDecimal.ZERO, PRICE).getLeft())
        .isInstanceOf(InstallmentError.InvalidOption.class);
  }

  @Example
  void unnecessaryRoundingIsRefusedOnlyWhenTheTotalIsInexact() {
    Money principal = Money.ofMinor(1_001, Currencies.TRY);
    assertThat(InstallmentOption.withInterest(new ProviderId("paywall"), Option.none(), 3, principal,
        new BigDecimal("3.5"), BigDecimal.ZERO, RoundingMode.UNNECESSARY).getLeft())
        .isInstanceOf(InstallmentError.InvalidOption.class);
    assertThat(InstallmentOption.withInterest(new ProviderId("paywall"), Option.none(), 3, PRICE,
        new BigDecimal("3.5"), BigDecimal.ZERO, RoundingMode.UNNECESSARY).get().total())
        .isEqualTo(Money.ofMinor(51_750, Currencies.TRY));
  }

  @Example
  void theConstructorRefusesAScheduleThatIsNotTheAllocatedTotal() {
    List<Money> wrong = List.of(Money.ofMinor(25_001, Currencies.TRY),
        Money.ofMinor(24_999, Currencies.TRY));
    assertThatThrownBy(() -> new InstallmentOption(new ProviderId("paywall"), Option.none(), 2, PRICE,
        BigDecimal.ZERO, Option.some(BigDecimal.ZERO), PRICE, wrong))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Provide
  Arbitrary<Money> totals() {
    Arbitrary<Currency> currencies = Arbitraries.of(Currencies.TRY, Currencies.EGP,
        Currency.getInstance("JPY"), Currency.getInstance("KWD"));
    Arbitrary<Long> minorUnits = Arbitraries.oneOf(
        Arbitraries.longs().between(1, 100),
        Arbitraries.longs().between(1, 1_000_000_000_000L));
    return Combinators.combine(minorUnits, currencies).as(Money::ofMinor);
  }

  @Provide
  Arbitrary<Integer> counts() {
    return Arbitraries.integers().between(InstallmentOption.MIN_COUNT, InstallmentOption.MAX_COUNT);
  }

  @Provide
  Arbitrary<Integer> badCounts() {
    return Arbitraries.oneOf(Arbitraries.integers().lessOrEqual(0),
        Arbitraries.integers().greaterOrEqual(37));
  }

  @Provide
  Arbitrary<BigDecimal> rates() {
    return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("250"))
        .ofScale(4).map(BigDecimal::stripTrailingZeros);
  }

  @Provide
  Arbitrary<BigDecimal> negativeRates() {
    return Arbitraries.bigDecimals().between(new BigDecimal("-1000"), new BigDecimal("-0.0001"))
        .ofScale(4);
  }

  @Provide
  Arbitrary<RoundingMode> roundings() {
    return Arbitraries.of(RoundingMode.class);
  }
}
