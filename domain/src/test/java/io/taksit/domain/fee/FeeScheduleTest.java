package io.taksit.domain.fee;

import static io.taksit.domain.fee.FeeQuoteTest.egp;
import static org.assertj.core.api.Assertions.assertThat;

import io.taksit.domain.error.FeeError;
import io.taksit.domain.money.Currencies;
import io.taksit.domain.money.Money;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class FeeScheduleTest {

  private static final BigDecimal FOURTEEN_PERCENT = new BigDecimal("0.14");

  private static FeeTier tier(String from, String upTo, String fixed, String percent) {
    return FeeTier.of(egp(from), Option.of(upTo).map(FeeQuoteTest::egp), egp(fixed),
        new BigDecimal(percent), Option.none(), Option.none()).get();
  }

  private static FeeSchedule flat(String fixed, String percent, RoundingMode rounding) {
    return FeeSchedule.flat(egp(fixed), new BigDecimal(percent), Option.none(), Option.none(),
        FOURTEEN_PERCENT, rounding).get();
  }

  @Test
  void a_flat_schedule_charges_fixed_plus_percent_and_tax_on_the_fee() {
    FeeQuote quote = flat("2", "1.5", RoundingMode.HALF_UP).quote(egp("1000")).get();

    assertThat(quote).isEqualTo(new FeeQuote(egp("1000"), egp("17"), egp("2.38"), egp("0"),
        egp("1019.38"), FeeSource.SCHEDULE));
  }

  @Test
  void rounds_with_the_schedules_rounding_mode() {
    assertThat(flat("2", "1.5", RoundingMode.HALF_UP).quote(egp("333.33")).get().fee())
        .isEqualTo(egp("7.00"));
    assertThat(flat("2", "1.5", RoundingMode.DOWN).quote(egp("333.33")).get().fee())
        .isEqualTo(egp("6.99"));
    Currency yen = Currency.getInstance("JPY");
    FeeSchedule inYen = FeeSchedule.flat(Money.zero(yen), new BigDecimal("1.5"), Option.none(),
        Option.none(), BigDecimal.ZERO, RoundingMode.HALF_EVEN).get();
    assertThat(inYen.quote(Money.ofMinor(1234, yen)).get().fee())
        .isEqualTo(Money.ofMinor(19, yen));
  }

  @Test
  void holds_the_fee_between_floor_and_cap() {
    FeeSchedule schedule = FeeSchedule.flat(egp("0"), new BigDecimal("1"),
        Option.some(egp("5")), Option.some(egp("20")), BigDecimal.ZERO, RoundingMode.HALF_UP).get();

    assertThat(schedule.quote(egp("100")).get().fee()).isEqualTo(egp("5"));
    assertThat(schedule.quote(egp("1000")).get().fee()).isEqualTo(egp("10"));
    assertThat(schedule.quote(egp("10000")).get().fee()).isEqualTo(egp("20"));
  }

  @Test
  void picks_the_tier_holding_the_amount_its_end_excluded() {
    FeeSchedule schedule = FeeSchedule.of(Currencies.EGP,
        List.of(tier("1000", null, "0", "1"), tier("0", "1000", "5", "0")), FOURTEEN_PERCENT,
        RoundingMode.HALF_UP).get();

    assertThat(schedule.tiers().map(t -> t.from())).containsExactly(egp("0"), egp("1000"));
    assertThat(schedule.quote(egp("999.99")).get().fee()).isEqualTo(egp("5"));
    assertThat(schedule.quote(egp("1000")).get().fee()).isEqualTo(egp("10"));
  }

  @Test
  void an_amount_in_a_gap_or_below_the_first_tier_has_no_fee() {
    FeeSchedule schedule = FeeSchedule.of(Currencies.EGP,
        List.of(tier("10", "100", "1", "0"), tier("200", null, "2", "0")), FOURTEEN_PERCENT,
        RoundingMode.HALF_UP).get();

    assertThat(schedule.quote(egp("150")).getLeft())
        .isEqualTo(new FeeError.NoTierForAmount(egp("150")));
    assertThat(schedule.quote(egp("5")).getLeft())
        .isEqualTo(new FeeError.NoTierForAmount(egp("5")));
  }

  @Test
  void refuses_another_currency_and_a_non_positive_amount() {
    FeeSchedule schedule = flat("2", "1.5", RoundingMode.HALF_UP);

    assertThat(schedule.quote(Money.ofMinor(100, Currencies.TRY)).getLeft())
        .isEqualTo(new FeeError.WrongCurrency("EGP", "TRY"));
    assertThat(schedule.quote(egp("0")).getLeft())
        .isEqualTo(new FeeError.InvalidQuote("amount must be greater than zero, was 0.00 EGP"));
  }

  @Test
  void refuses_inconsistent_schedules() {
    RoundingMode up = RoundingMode.HALF_UP;
    assertThat(FeeSchedule.of(Currencies.EGP, List.empty(), FOURTEEN_PERCENT, up).getLeft())
        .isEqualTo(new FeeError.InvalidSchedule("needs at least one tier, and no missing ones"));
    assertThat(FeeSchedule.of(Currencies.EGP,
        List.of(tier("0", "100.01", "1", "0"), tier("100", null, "1", "0")), FOURTEEN_PERCENT, up)
        .getLeft()).isEqualTo(new FeeError.InvalidSchedule(
            "tiers from 0.00 EGP and from 100.00 EGP overlap"));
    assertThat(FeeSchedule.of(Currencies.EGP,
        List.of(tier("0", null, "1", "0"), tier("100", null, "1", "0")), FOURTEEN_PERCENT, up)
        .getLeft()).isInstanceOf(FeeError.InvalidSchedule.class);
    assertThat(FeeSchedule.of(Currencies.TRY, List.of(tier("0", null, "1", "0")),
        FOURTEEN_PERCENT, up).getLeft()).isInstanceOf(FeeError.InvalidSchedule.class);
    assertThat(FeeSchedule.of(Currencies.EGP, List.of(tier("0", null, "1", "0")),
        new BigDecimal("-0.01"), up).getLeft()).isEqualTo(
            new FeeError.InvalidSchedule("tax rate must not be negative, was -0.01"));
    assertThat(FeeSchedule.of(Currencies.EGP, List.of(tier("0", null, "1", "0")),
        FOURTEEN_PERCENT, RoundingMode.UNNECESSARY).getLeft())
        .isInstanceOf(FeeError.InvalidSchedule.class);
    assertThat(FeeSchedule.of(Currencies.EGP,
        List.of(tier("0", "100", "1", "0"), tier("100", null, "1", "0")), FOURTEEN_PERCENT, up)
        .isRight()).isTrue();
  }

  @Test
  void refuses_inconsistent_tiers() {
    assertThat(FeeTier.of(egp("0"), Option.none(), egp("0"), BigDecimal.ONE,
        Option.some(egp("10")), Option.some(egp("9.99"))).getLeft())
        .isEqualTo(new FeeError.InvalidSchedule(
            "tier from 0.00 EGP: floor 10.00 EGP is above cap 9.99 EGP"));
    assertThat(FeeTier.of(egp("0"), Option.none(), egp("0"), new BigDecimal("-1"),
        Option.none(), Option.none()).getLeft()).isInstanceOf(FeeError.InvalidSchedule.class);
    assertThat(FeeTier.of(egp("10"), Option.some(egp("10")), egp("0"), BigDecimal.ONE,
        Option.none(), Option.none()).getLeft()).isInstanceOf(FeeError.InvalidSchedule.class);
    assertThat(FeeTier.of(egp("0"), Option.none(), Money.ofMinor(1, Currencies.TRY),
        BigDecimal.ONE, Option.none(), Option.none()).getLeft())
        .isInstanceOf(FeeError.InvalidSchedule.class);
    assertThat(FeeTier.of(egp("-1"), Option.none(), egp("0"), BigDecimal.ONE, Option.none(),
        Option.none()).getLeft()).isInstanceOf(FeeError.InvalidSchedule.class);
  }
}
