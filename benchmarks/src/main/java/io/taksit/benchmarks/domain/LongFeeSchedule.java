package io.taksit.benchmarks.domain;

import io.taksit.domain.fee.FeeSchedule;
import io.taksit.domain.fee.FeeTier;
import io.taksit.domain.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * The baseline for {@link FeeSchedule#quote}: the same tiers, fixed parts, percentages, floors,
 * caps, tax on the fee and HALF_UP rounding, on {@code long} minor units, written the way a careful
 * hand-tuned implementation would be (rates as integer millionths, bounds precomputed). It is the
 * practical floor the domain's cost is compared with, not a straw man: it gives the same answer
 * for every amount (checked by {@code DomainBaselinesAgreeTest}).
 */
final class LongFeeSchedule {

  private static final long MILLION = 1_000_000L;
  private static final long HALF = MILLION / 2;

  /** A tier on minor units; rates are the factor times one million (1.5 % is 15 000). */
  private record Tier(long from, long upTo, long fixed, long percentMillionths, long floor,
      long cap) {}

  /** A quote on minor units: total = amount + fee + tax − discount. */
  record Quote(long amount, long fee, long tax, long discount, long total) {}

  private final Currency currency;
  private final Tier[] tiers;
  private final long taxMillionths;

  private LongFeeSchedule(Currency currency, Tier[] tiers, long taxMillionths) {
    this.currency = currency;
    this.tiers = tiers;
    this.taxMillionths = taxMillionths;
  }

  /**
   * The same schedule on longs.
   *
   * @throws IllegalArgumentException for a rounding other than HALF_UP, the only one written here
   */
  static LongFeeSchedule of(FeeSchedule schedule) {
    if (schedule.rounding() != RoundingMode.HALF_UP) {
      throw new IllegalArgumentException("the baseline rounds HALF_UP only");
    }
    Tier[] tiers = schedule.tiers().map(LongFeeSchedule::tier).toJavaArray(Tier[]::new);
    return new LongFeeSchedule(schedule.currency(), tiers, millionths(schedule.taxRateOfFee()));
  }

  private static Tier tier(FeeTier tier) {
    return new Tier(minor(tier.from()), tier.upTo().map(LongFeeSchedule::minor).getOrElse(Long.MAX_VALUE),
        minor(tier.fixed()), millionths(tier.percent().movePointLeft(2)),
        tier.floor().map(LongFeeSchedule::minor).getOrElse(0L),
        tier.cap().map(LongFeeSchedule::minor).getOrElse(Long.MAX_VALUE));
  }

  private static long minor(Money money) {
    return money.minorUnits().longValueExact();
  }

  private static long millionths(BigDecimal factor) {
    return factor.movePointRight(6).longValueExact();
  }

  /** The quote for {@code amount} minor units of {@code in}, or null where the schedule has none. */
  Quote quote(long amount, Currency in) {
    if (!currency.equals(in) || amount <= 0) {
      return null;
    }
    for (Tier tier : tiers) {
      if (amount >= tier.from && amount < tier.upTo) {
        long fee = tier.fixed + halfUp(amount * tier.percentMillionths);
        fee = Math.min(Math.max(fee, tier.floor), tier.cap);
        long tax = halfUp(fee * taxMillionths);
        return new Quote(amount, fee, tax, 0L, amount + fee + tax);
      }
    }
    return null;
  }

  /** {@code millionths / 10^6} rounded HALF_UP; every value here is non-negative. */
  private static long halfUp(long millionths) {
    return (millionths + HALF) / MILLION;
  }
}
