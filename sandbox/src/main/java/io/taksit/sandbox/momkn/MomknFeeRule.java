package io.taksit.sandbox.momkn;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Momkn's fee call: fee = amount × {@code percent} % + {@code fixed}, tax = fee ×
 * {@code taxPercent} %, each rounded half-up to the piastre; no discount.
 */
public record MomknFeeRule(BigDecimal percent, BigDecimal fixed, BigDecimal taxPercent) {

  /** 1 % + 2.00 EGP, 14 % tax on the fee (Egypt's VAT rate): 250.00 → fee 4.50, tax 0.63. */
  public static final MomknFeeRule DEMO =
      new MomknFeeRule(new BigDecimal("1"), new BigDecimal("2.00"), new BigDecimal("14"));

  public MomknFeeRule {
    Objects.requireNonNull(percent, "percent");
    Objects.requireNonNull(fixed, "fixed");
    Objects.requireNonNull(taxPercent, "taxPercent");
  }

  /** The fee for paying {@code value}. */
  public BigDecimal fee(BigDecimal value) {
    return value.multiply(percent).movePointLeft(2).add(fixed).setScale(2, RoundingMode.HALF_UP);
  }

  /** The tax on {@code fee}. */
  public BigDecimal tax(BigDecimal fee) {
    return fee.multiply(taxPercent).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
  }
}
