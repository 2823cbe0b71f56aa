package io.taksit.benchmarks.domain;

import io.taksit.domain.installment.InstallmentOffers;
import io.taksit.domain.installment.InstallmentOption;
import io.taksit.domain.provider.ProviderId;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * The baseline for {@link InstallmentOffers#merge}: the same "cheapest plan per count for the
 * customer, ranked by count" on plans held as {@code long}s, with providers and channels interned
 * to ranks that keep their order. Ties are broken in the domain's order: total, customer rate,
 * merchant rate, provider, channel (none first).
 */
final class LongOffers {

  /** Installment counts run from 1 to this. */
  private static final int MAX_COUNT = InstallmentOption.MAX_COUNT;

  /**
   * A plan on longs: rates are percents times 10 000 (3.5 % is 35 000), providers and channels
   * are ranks (channel 0 is "none").
   */
  record Plan(int provider, int channel, int count, long principal, long customerRate,
      long merchantRate, long total) {}

  private final long principal;
  private final Currency currency;
  private final Plan[] plans;

  private LongOffers(long principal, Currency currency, Plan[] plans) {
    this.principal = principal;
    this.currency = currency;
    this.plans = plans;
  }

  /**
   * The same offers on longs, for the given order of providers and channels (each list sorted as
   * the domain orders them: provider ids, then channel names).
   */
  static LongOffers of(InstallmentOffers offers, List<ProviderId> providers,
      List<String> channels) {
    Plan[] plans = offers.options().map(option -> new Plan(providers.indexOf(option.provider()),
        channelRank(option.channel(), channels), option.count(),
        option.principal().minorUnits().longValueExact(), rate(option.customerInterestRate()),
        rate(option.merchantCommissionRate().get()), option.total().minorUnits().longValueExact()))
        .toJavaArray(Plan[]::new);
    return new LongOffers(offers.principal().minorUnits().longValueExact(),
        offers.principal().currency(), plans);
  }

  private static int channelRank(Option<String> channel, List<String> channels) {
    return channel.map(name -> channels.indexOf(name) + 1).getOrElse(0);
  }

  private static long rate(BigDecimal percent) {
    return percent.movePointRight(4).longValueExact();
  }

  /** The plans of both, the cheapest kept per count; null if they are for other principals. */
  LongOffers merge(LongOffers other) {
    if (principal != other.principal || !currency.equals(other.currency)) {
      return null;
    }
    Plan[] best = new Plan[MAX_COUNT + 1];
    int kept = keepCheapest(plans, best, 0);
    kept = keepCheapest(other.plans, best, kept);
    Plan[] merged = new Plan[kept];
    int next = 0;
    for (int count = 1; count <= MAX_COUNT; count++) {
      if (best[count] != null) {
        merged[next++] = best[count];
      }
    }
    return new LongOffers(principal, currency, merged);
  }

  private static int keepCheapest(Plan[] candidates, Plan[] best, int kept) {
    for (Plan plan : candidates) {
      Plan current = best[plan.count];
      if (current == null) {
        best[plan.count] = plan;
        kept++;
      } else if (cheaper(plan, current)) {
        best[plan.count] = plan;
      }
    }
    return kept;
  }

  private static boolean cheaper(Plan a, Plan b) {
    if (a.total != b.total) {
      return a.total < b.total;
    }
    if (a.customerRate != b.customerRate) {
      return a.customerRate < b.customerRate;
    }
    if (a.merchantRate != b.merchantRate) {
      return a.merchantRate < b.merchantRate;
    }
    if (a.provider != b.provider) {
      return a.provider < b.provider;
    }
    return a.channel < b.channel;
  }

  /** The kept plans, one per count, by count ascending. */
  Plan[] plans() {
    return plans.clone();
  }
}
