package io.taksit.benchmarks.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.taksit.domain.amount.AmountRule;
import io.taksit.domain.error.AmountError;
import io.taksit.domain.error.FeeError;
import io.taksit.domain.fee.FeeQuote;
import io.taksit.domain.fee.FeeSchedule;
import io.taksit.domain.installment.InstallmentOffers;
import io.taksit.domain.installment.InstallmentOption;
import io.taksit.domain.money.Currencies;
import io.taksit.domain.money.Money;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * A baseline is only a fair floor if it does the same work: each one must give the domain's
 * answer for every benchmark input, and at the edges (tier bounds, floors, caps, off-step
 * amounts next to the range's ends).
 */
class DomainBaselinesAgreeTest {

  @Test
  void theLongFeeScheduleQuotesWhatTheDomainQuotes() {
    FeeSchedule schedule = DomainSamples.feeSchedule();
    LongFeeSchedule baseline = LongFeeSchedule.of(schedule);
    long[] edges = {1, 2, 9_999, 10_000, 10_001, 13_333, 76_666, 76_667, 99_999, 100_000,
        100_001, 320_000, 320_001, 1_000_000_000L};
    for (long amount : LongStream.concat(LongStream.of(DomainSamples.feeAmounts()),
        LongStream.of(edges)).toArray()) {
      Either<FeeError, FeeQuote> domain = schedule.quote(Money.ofMinor(amount, Currencies.TRY));
      LongFeeSchedule.Quote floor = baseline.quote(amount, Currencies.TRY);
      assertThat(domain.isRight()).as("amount %d", amount).isTrue();
      FeeQuote quote = domain.get();
      assertThat(floor).as("amount %d", amount).isEqualTo(new LongFeeSchedule.Quote(amount,
          minor(quote.fee()), minor(quote.tax()), minor(quote.discount()), minor(quote.total())));
    }
    assertThat(baseline.quote(0, Currencies.TRY)).isNull();
    assertThat(schedule.quote(Money.zero(Currencies.TRY)).isLeft()).isTrue();
    assertThat(baseline.quote(10_000, Currencies.EGP)).isNull();
    assertThat(schedule.quote(Money.ofMinor(10_000, Currencies.EGP)).isLeft()).isTrue();
  }

  @Test
  void theLongAmountRuleGivesTheDomainsVerdictAndSuggestions() {
    AmountRule rule = DomainSamples.amountRule();
    LongAmountRule baseline = LongAmountRule.of(rule);
    long[] edges = {0, 1, 999, 1_000, 1_001, 1_499, 1_500, 4_999_999, 5_000_000, 5_000_001,
        5_000_499, 5_000_500};
    int[] verdicts = new int[5];
    for (long amount : LongStream.concat(LongStream.of(DomainSamples.ruleAmounts()),
        LongStream.of(edges)).toArray()) {
      Either<AmountError, Money> domain = rule.check(Money.ofMinor(amount, Currencies.EGP));
      LongAmountRule.Check floor = baseline.check(amount, Currencies.EGP);
      assertThat(floor).as("amount %d", amount).isEqualTo(expected(amount, domain));
      verdicts[floor.verdict()]++;
    }
    // The benchmark mix exercises every verdict but the currency one.
    assertThat(verdicts[LongAmountRule.ALLOWED]).isGreaterThan(600);
    assertThat(verdicts[LongAmountRule.OFF_STEP]).isGreaterThan(100);
    assertThat(verdicts[LongAmountRule.BELOW_MINIMUM]).isGreaterThan(20);
    assertThat(verdicts[LongAmountRule.ABOVE_MAXIMUM]).isGreaterThan(20);
    assertThat(baseline.check(5_000, Currencies.TRY).verdict())
        .isEqualTo(LongAmountRule.WRONG_CURRENCY);
    assertThat(rule.check(Money.ofMinor(5_000, Currencies.TRY)).getLeft())
        .isInstanceOf(AmountError.WrongCurrency.class);
  }

  private static LongAmountRule.Check expected(long amount, Either<AmountError, Money> domain) {
    if (domain.isRight()) {
      return new LongAmountRule.Check(LongAmountRule.ALLOWED, amount, LongAmountRule.NONE,
          LongAmountRule.NONE);
    }
    AmountError error = domain.getLeft();
    if (error instanceof AmountError.BelowMinimum below) {
      return new LongAmountRule.Check(LongAmountRule.BELOW_MINIMUM, amount, LongAmountRule.NONE,
          minor(below.nearestAllowedAbove()));
    }
    if (error instanceof AmountError.AboveMaximum above) {
      return new LongAmountRule.Check(LongAmountRule.ABOVE_MAXIMUM, amount,
          minor(above.nearestAllowedBelow()), LongAmountRule.NONE);
    }
    if (error instanceof AmountError.OffStep off) {
      return new LongAmountRule.Check(LongAmountRule.OFF_STEP, amount,
          minor(off.nearestAllowedBelow()), minor(off.nearestAllowedAbove()));
    }
    throw new AssertionError("unexpected refusal " + error);
  }

  @Test
  void theLongAllocationSplitsAsTheDomainDoes() {
    for (long amount : LongStream.concat(LongStream.of(DomainSamples.allocationAmounts()),
        LongStream.of(0, 1, 11, 12, 13, -13, -100_001)).toArray()) {
      List<Money> domain = Money.ofMinor(amount, Currencies.TRY).allocate(12).get();
      assertThat(LongAllocation.allocate(amount, 12)).as("amount %d", amount)
          .containsExactly(domain.map(DomainBaselinesAgreeTest::minor).toJavaStream()
              .mapToLong(Long::longValue).toArray());
    }
    assertThat(LongAllocation.allocate(100, 0)).isNull();
  }

  @Test
  void theLongMergeKeepsTheDomainsPlans() {
    int providerChanges = 0;
    for (InstallmentOffers[] pair : DomainSamples.offerPairs(256)) {
      InstallmentOffers merged = pair[0].merge(pair[1]).get();
      assertThat(pair[1].merge(pair[0]).get()).isEqualTo(merged);
      LongOffers.Plan[] floor = LongOffers.of(pair[0], DomainSamples.providers(),
              DomainSamples.channels())
          .merge(LongOffers.of(pair[1], DomainSamples.providers(), DomainSamples.channels()))
          .plans();
      List<InstallmentOption> kept = merged.options();
      assertThat(floor).hasSize(kept.size());
      for (int i = 0; i < floor.length; i++) {
        InstallmentOption option = kept.get(i);
        assertThat(floor[i].count()).isEqualTo(option.count());
        assertThat(floor[i].total()).isEqualTo(minor(option.total()));
        assertThat(floor[i].provider())
            .isEqualTo(DomainSamples.providers().indexOf(option.provider()));
        assertThat(floor[i].channel()).isEqualTo(option.channel().isDefined() ? 1 : 0);
      }
      providerChanges += merged.providers().size() > 1 ? 1 : 0;
    }
    // Both providers win some counts in most purchases, so the merge really compares.
    assertThat(providerChanges).isGreaterThan(200);
    InstallmentOffers[] pair = DomainSamples.offerPairs(1)[0];
    assertThat(pair[0].options()).hasSize(12);
    assertThat(pair[1].options()).hasSize(12);
  }

  private static long minor(Money money) {
    return money.minorUnits().longValueExact();
  }

  private static long minor(Option<Money> money) {
    return money.map(DomainBaselinesAgreeTest::minor).getOrElse(LongAmountRule.NONE);
  }
}
