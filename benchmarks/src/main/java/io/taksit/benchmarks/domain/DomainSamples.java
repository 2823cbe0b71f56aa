package io.taksit.benchmarks.domain;

import io.taksit.domain.amount.AmountRule;
import io.taksit.domain.amount.StepAnchor;
import io.taksit.domain.fee.FeeSchedule;
import io.taksit.domain.fee.FeeTier;
import io.taksit.domain.installment.InstallmentOffers;
import io.taksit.domain.installment.InstallmentOption;
import io.taksit.domain.money.Currencies;
import io.taksit.domain.money.Money;
import io.taksit.domain.provider.ProviderId;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;

/**
 * The rules and the varied inputs the domain benchmarks and their baselines share. Inputs are
 * drawn from a fixed seed, so every run measures the same mix, and cycle through an array longer
 * than anything the JIT could fold into a constant.
 */
final class DomainSamples {

  /** How many inputs a benchmark cycles through; a power of two so the index is a mask. */
  static final int COUNT = 1024;
  static final int MASK = COUNT - 1;

  /** Paywall's channel name in its documented answers. */
  static final String PAYWALL_CHANNEL = "payjumptestt";

  private static final long SEED = 20_241_121L;

  private DomainSamples() {}

  /**
   * A three-tier schedule in TRY, HALF_UP, with 5 % tax on the fee: below 100 a flat 1.00; to
   * 1 000 0.50 + 1.5 % held within [2.00, 12.00]; above, 1.25 % capped at 40.00.
   */
  static FeeSchedule feeSchedule() {
    return FeeSchedule.of(Currencies.TRY, List.of(
            tier("0.00", "100.00", "1.00", "0", null, null),
            tier("100.00", "1000.00", "0.50", "1.5", "2.00", "12.00"),
            tier("1000.00", null, "0.00", "1.25", null, "40.00")),
        new BigDecimal("0.05"), RoundingMode.HALF_UP).get();
  }

  private static FeeTier tier(String from, String upTo, String fixed, String percent,
      String floor, String cap) {
    return FeeTier.of(lira(from), Option.of(upTo).map(DomainSamples::lira), lira(fixed),
        new BigDecimal(percent), Option.of(floor).map(DomainSamples::lira),
        Option.of(cap).map(DomainSamples::lira)).get();
  }

  /** Amounts in minor units spread over the three fee tiers, floors and caps included. */
  static long[] feeAmounts() {
    SplittableRandom random = new SplittableRandom(SEED);
    long[] amounts = new long[COUNT];
    for (int i = 0; i < COUNT; i++) {
      amounts[i] = switch (i % 3) {
        case 0 -> random.nextLong(1, 10_000);
        case 1 -> random.nextLong(10_000, 100_000);
        default -> random.nextLong(100_000, 1_000_000);
      };
    }
    return amounts;
  }

  /** Momkn-like: 10.00 to 50 000.00 EGP in steps of 5.00 counted from zero. */
  static AmountRule amountRule() {
    return AmountRule.of(pounds(1_000), pounds(5_000_000), pounds(500), StepAnchor.ZERO).get();
  }

  /**
   * Amounts in minor units as customers type them: 70 % allowed, 20 % off the step, 5 % below
   * the minimum, 5 % above the maximum.
   */
  static long[] ruleAmounts() {
    SplittableRandom random = new SplittableRandom(SEED + 1);
    long[] amounts = new long[COUNT];
    for (int i = 0; i < COUNT; i++) {
      int kind = random.nextInt(100);
      if (kind < 70) {
        amounts[i] = 500L * random.nextLong(2, 10_001);
      } else if (kind < 90) {
        amounts[i] = 500L * random.nextLong(2, 10_000) + random.nextLong(1, 500);
      } else if (kind < 95) {
        amounts[i] = random.nextLong(1, 1_000);
      } else {
        amounts[i] = random.nextLong(5_000_001, 6_000_000);
      }
    }
    return amounts;
  }

  /** Amounts in minor units from 1.00 to 100 000.00, to split into installments. */
  static long[] allocationAmounts() {
    SplittableRandom random = new SplittableRandom(SEED + 2);
    long[] amounts = new long[COUNT];
    for (int i = 0; i < COUNT; i++) {
      amounts[i] = random.nextLong(100, 10_000_000);
    }
    return amounts;
  }

  /** Providers in the domain's order (by id), as the baseline ranks them. */
  static List<ProviderId> providers() {
    return List.of(new ProviderId("paywall"), new ProviderId("teqpay")).sorted();
  }

  /** Channels in the domain's order (by name), as the baseline ranks them. */
  static List<String> channels() {
    return List.of(PAYWALL_CHANNEL);
  }

  /**
   * Pairs of offers for one purchase each, 12 plans per provider: Paywall charges interest from
   * the second installment on; Teqpay keeps the price for the first few counts (commission
   * inside) and charges a steeper rate after, so the cheapest provider changes with the count,
   * and equal totals at count 1 are decided by the merchant rate.
   */
  static InstallmentOffers[][] offerPairs(int pairs) {
    SplittableRandom random = new SplittableRandom(SEED + 3);
    InstallmentOffers[][] result = new InstallmentOffers[pairs][];
    for (int i = 0; i < pairs; i++) {
      Money principal = Money.ofMinor(random.nextLong(10_000, 2_000_000), Currencies.TRY);
      int interestFree = random.nextInt(1, 7);
      List<InstallmentOption> paywall = List.rangeClosed(1, 12).map(count -> option(
          new ProviderId("paywall"), Option.some(PAYWALL_CHANNEL), count, principal,
          count == 1 ? 0 : 150 + 110 * (count - 1) + random.nextInt(0, 40),
          180 + 25 * count));
      List<InstallmentOption> teqpay = List.rangeClosed(1, 12).map(count -> option(
          new ProviderId("teqpay"), Option.none(), count, principal,
          count <= interestFree ? 0 : 200 + 125 * (count - 1) + random.nextInt(0, 40),
          count == 1 ? 200 : 160 + 30 * count));
      result[i] = new InstallmentOffers[] {
          InstallmentOffers.of(principal, paywall).get(),
          InstallmentOffers.of(principal, teqpay).get()};
    }
    return result;
  }

  private static InstallmentOption option(ProviderId provider, Option<String> channel, int count,
      Money principal, int customerRateHundredths, int merchantRateHundredths) {
    return InstallmentOption.withInterest(provider, channel, count, principal,
        BigDecimal.valueOf(customerRateHundredths, 2), BigDecimal.valueOf(merchantRateHundredths, 2),
        RoundingMode.HALF_UP).get();
  }

  static Money lira(String amount) {
    return Money.of(new BigDecimal(amount), Currencies.TRY).get();
  }

  private static Money pounds(long minorUnits) {
    return Money.ofMinor(minorUnits, Currencies.EGP);
  }
}
