package io.taksit.domain.fee;

import static org.assertj.core.api.Assertions.assertThat;

import io.taksit.domain.error.FeeError;
import io.taksit.domain.money.Currencies;
import io.taksit.domain.money.Money;
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
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Schedules with random tiers, rates and rounding, checked against the fee formula written out
 * here with plain {@link BigDecimal} arithmetic.
 */
class FeeScheduleProperties {

  /** A schedule and two amounts in the same tier ({@code smaller ≤ larger}). */
  record Case(FeeSchedule schedule, Money smaller, Money larger) {}

  private static final List<Currency> CURRENCIES = List.of("EGP", "TRY", "JPY", "KWD")
      .map(Currency::getInstance);

  @Provide
  Arbitrary<Case> cases() {
    return schedules()
        .filter(schedule -> schedule.tiers().exists(FeeScheduleProperties::holdsPositive))
        .flatMap(schedule -> Arbitraries.of(
            schedule.tiers().filter(FeeScheduleProperties::holdsPositive).toJavaList())
        .flatMap(tier -> {
          long from = Math.max(1, tier.from().minorUnits().longValueExact());
          long end = tier.upTo().map(u -> u.minorUnits().longValueExact() - 1)
              .getOrElse(from + 100_000_000L);
          Arbitrary<Long> inTier = Arbitraries.longs().between(from, Math.max(from, end));
          return Combinators.combine(inTier, inTier).as((a, b) -> new Case(schedule,
              Money.ofMinor(Math.min(a, b), schedule.currency()),
              Money.ofMinor(Math.max(a, b), schedule.currency())));
        }));
  }

  /** A tier [0, 1 minor unit) holds only zero, which no quote is for. */
  private static boolean holdsPositive(FeeTier tier) {
    return tier.upTo().forAll(end -> end.minorUnits().compareTo(BigInteger.ONE) > 0);
  }

  private static Arbitrary<FeeSchedule> schedules() {
    Arbitrary<java.util.List<Long>> boundaries = Arbitraries.longs().between(0, 10_000_000)
        .list().uniqueElements().ofMinSize(1).ofMaxSize(5);
    Arbitrary<BigDecimal> taxRates =
        Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("0.5")).ofScale(4);
    Arbitrary<RoundingMode> roundings = Arbitraries.of(RoundingMode.class)
        .filter(mode -> mode != RoundingMode.UNNECESSARY);
    return Combinators.combine(Arbitraries.of(CURRENCIES.toJavaList()), boundaries,
            Arbitraries.of(true, false), taxRates, roundings)
        .flatAs((currency, starts, openEnded, taxRate, rounding) -> {
          List<Long> sorted = List.ofAll(starts).sorted();
          int tierCount = openEnded ? sorted.size() : Math.max(1, sorted.size() - 1);
          List<Long> ends = sorted.tail().map(Option::some).append(Option.<Long>none())
              .take(tierCount).map(o -> o.getOrNull());
          if (!openEnded && sorted.size() == 1) {
            ends = List.of(sorted.head() + 1_000_000);
          }
          List<Arbitrary<FeeTier>> tiers = sorted.take(tierCount).zip(ends)
              .map(range -> tier(currency, range._1, Option.of(range._2)));
          return Combinators.combine(tiers.toJavaList()).as(list ->
              FeeSchedule.of(currency, List.ofAll(list), taxRate, rounding).get());
        });
  }

  private static Arbitrary<FeeTier> tier(Currency currency, long from, Option<Long> upTo) {
    Arbitrary<BigDecimal> percents =
        Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.TEN).ofScale(3);
    Arbitrary<Option<Long>> floors = Combinators.combine(Arbitraries.longs().between(0, 5_000),
            Arbitraries.of(true, false))
        .as((floor, floored) -> floored ? Option.some(floor) : Option.none());
    Arbitrary<Long> capAboveFloor = Arbitraries.longs().between(0, 200_000);
    return Combinators.combine(Arbitraries.longs().between(0, 10_000), percents, floors,
            capAboveFloor, Arbitraries.of(true, false))
        .as((fixed, percent, floor, capAbove, capped) -> FeeTier.of(
            Money.ofMinor(from, currency), upTo.map(end -> Money.ofMinor(end, currency)),
            Money.ofMinor(fixed, currency), percent, floor.map(f -> Money.ofMinor(f, currency)),
            capped ? Option.some(Money.ofMinor(floor.getOrElse(0L) + capAbove, currency))
                : Option.none()).get());
  }

  private static FeeQuote quote(FeeSchedule schedule, Money amount) {
    return schedule.quote(amount).get();
  }

  @Property(tries = 1000)
  void every_quote_adds_up(@ForAll("cases") Case c) {
    FeeQuote quote = quote(c.schedule(), c.larger());

    BigInteger expectedTotal = quote.amount().minorUnits().add(quote.fee().minorUnits())
        .add(quote.tax().minorUnits()).subtract(quote.discount().minorUnits());
    assertThat(quote.total().minorUnits()).isEqualTo(expectedTotal);
    assertThat(quote.amount()).isEqualTo(c.larger());
    assertThat(quote.discount().isZero()).isTrue();
    assertThat(quote.source()).isEqualTo(FeeSource.SCHEDULE);
  }

  @Property(tries = 1000)
  void the_fee_never_falls_as_the_amount_rises_within_a_tier(@ForAll("cases") Case c) {
    assertThat(c.schedule().tierFor(c.smaller())).isEqualTo(c.schedule().tierFor(c.larger()));
    assertThat(quote(c.schedule(), c.smaller()).fee())
        .isLessThanOrEqualTo(quote(c.schedule(), c.larger()).fee());
  }

  @Property(tries = 1000)
  void the_fee_is_the_formula_held_between_floor_and_cap(@ForAll("cases") Case c) {
    FeeSchedule schedule = c.schedule();
    FeeTier tier = schedule.tierFor(c.larger()).get();
    FeeQuote quote = quote(schedule, c.larger());
    int scale = Currencies.scaleOf(schedule.currency());

    BigDecimal formula = tier.fixed().amount().add(c.larger().amount().multiply(tier.percent())
        .divide(BigDecimal.valueOf(100)).setScale(scale, schedule.rounding()));
    BigDecimal floored = tier.floor().map(f -> formula.max(f.amount())).getOrElse(formula);
    BigDecimal expected = tier.cap().map(cap -> floored.min(cap.amount())).getOrElse(floored);
    Statistics.collect(tier.floor().exists(f -> f.amount().compareTo(formula) > 0) ? "floored"
        : tier.cap().exists(cap -> cap.amount().compareTo(formula) < 0) ? "capped" : "formula");

    assertThat(quote.fee().amount()).isEqualByComparingTo(expected);
    tier.floor().forEach(floor -> assertThat(quote.fee()).isGreaterThanOrEqualTo(floor));
    tier.cap().forEach(cap -> assertThat(quote.fee()).isLessThanOrEqualTo(cap));
    assertThat(quote.tax().amount()).isEqualByComparingTo(quote.fee().amount()
        .multiply(schedule.taxRateOfFee()).setScale(scale, schedule.rounding()));
  }

  @Property(tries = 1000)
  void every_amount_of_a_quote_has_the_currency_scale(@ForAll("cases") Case c) {
    FeeQuote quote = quote(c.schedule(), c.larger());
    int scale = Currencies.scaleOf(c.schedule().currency());

    assertThat(List.of(quote.amount(), quote.fee(), quote.tax(), quote.discount(), quote.total()))
        .allSatisfy(money -> {
          assertThat(money.amount().scale()).isEqualTo(scale);
          assertThat(money.currency()).isEqualTo(c.schedule().currency());
        });
  }

  @Property(tries = 1000)
  void the_same_amount_always_gets_an_equal_quote(@ForAll("cases") Case c) {
    FeeSchedule rebuilt = FeeSchedule.of(c.schedule().currency(), c.schedule().tiers().reverse(),
        c.schedule().taxRateOfFee(), c.schedule().rounding()).get();
    Either<FeeError, FeeQuote> first = c.schedule().quote(c.smaller());

    assertThat(c.schedule().quote(c.smaller())).isEqualTo(first);
    assertThat(rebuilt.quote(c.smaller())).isEqualTo(first);
    assertThat(rebuilt).isEqualTo(c.schedule());
  }
}
