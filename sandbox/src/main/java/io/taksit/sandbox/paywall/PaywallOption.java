package io.taksit.sandbox.paywall;

import static io.taksit.sandbox.support.Seeds.twoDecimals;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One Paywall row: a gateway offers {@code installment} payments at {@code interest} % for the
 * customer ({@code InterestAmount} = amount × (1 + interest / 100), half-up) and
 * {@code commission} % for the merchant.
 */
public record PaywallOption(int gatewayId, String gatewayName, int installment,
    BigDecimal commission, BigDecimal interest) {

  public PaywallOption {
    Objects.requireNonNull(gatewayName, "gatewayName");
    commission = twoDecimals(commission);
    interest = twoDecimals(interest);
  }
}
