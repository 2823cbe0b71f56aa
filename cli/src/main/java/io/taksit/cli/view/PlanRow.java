package io.taksit.cli.view;

import io.taksit.domain.installment.InstallmentOption;
import io.taksit.domain.money.Money;
import java.math.BigDecimal;
import java.util.List;

/**
 * One installment plan. {@code merchantCommissionRate} is null when the provider does not report
 * it: unknown, never 0.
 */
public record PlanRow(String provider, String channel, int count, BigDecimal perInstallment,
    BigDecimal total, BigDecimal customerInterestRate, BigDecimal merchantCommissionRate,
    List<BigDecimal> schedule) {

  static PlanRow of(InstallmentOption option) {
    return new PlanRow(option.provider().value(), option.channel().getOrNull(), option.count(),
        option.perInstallment().amount(), option.total().amount(),
        option.customerInterestRate(), option.merchantCommissionRate().getOrNull(),
        option.schedule().map(Money::amount).toJavaList());
  }
}
