package io.taksit.sandbox.momkn;

import static io.taksit.sandbox.support.Seeds.twoDecimals;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Momkn's seed data: one bill-payment service as its catalog entry describes it (amount rule:
 * within {@code [minValue, maxValue]} and a multiple of {@code interval}, steps counted from zero
 * as {@code providers.md} assumes), the fee rule of its fee call, the agent's prepaid balance the
 * payment answers report, and the accounts that owe something. Immutable; each started sandbox
 * keeps its own mutable book built from it. {@link MomknDemo#service} is the demo's.
 */
public record MomknService(String serviceId, String serviceName, String currency,
    BigDecimal minValue, BigDecimal maxValue, BigDecimal interval, MomknFeeRule fees,
    BigDecimal agentBalance, List<MomknAccount> accounts) {

  /** The first generated account is this + 1. */
  static final long GENERATED_BASE = 2_000_000_000L;

  public MomknService {
    Objects.requireNonNull(serviceId, "serviceId");
    Objects.requireNonNull(serviceName, "serviceName");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(fees, "fees");
    minValue = twoDecimals(minValue);
    maxValue = twoDecimals(maxValue);
    interval = twoDecimals(interval);
    agentBalance = twoDecimals(agentBalance);
    accounts = List.copyOf(accounts);
    if (interval.signum() <= 0) {
      throw new IllegalArgumentException("interval must be positive");
    }
  }

  /** The same service with these accounts instead. */
  public MomknService withAccounts(List<MomknAccount> newAccounts) {
    return new MomknService(serviceId, serviceName, currency, minValue, maxValue, interval, fees,
        agentBalance, newAccounts);
  }

  /**
   * The same service plus {@code count} interchangeable accounts, {@code 2000000001},
   * {@code 2000000002}, …, each owing one 100.00 installment due {@code today} of a loan that
   * never ends (paying one makes the next due).
   */
  public MomknService withGeneratedAccounts(int count, LocalDate today) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative, was " + count);
    }
    if (count == 0) {
      return this;
    }
    List<MomknAccount> more = new ArrayList<>(accounts);
    for (int i = 1; i <= count; i++) {
      MomknInvoice installment =
          new MomknInvoice(1, twoDecimals("100.00"), twoDecimals("0.00"), today);
      more.add(new MomknAccount(Long.toString(GENERATED_BASE + i), "Generated customer " + i,
          1_000_000, List.of(installment), Option.none()));
    }
    return withAccounts(more);
  }

  /** Whether {@code value} may be paid: within the bounds and on the interval step. */
  public boolean allows(BigDecimal value) {
    return value.compareTo(minValue) >= 0 && value.compareTo(maxValue) <= 0
        && value.remainder(interval).signum() == 0;
  }
}
