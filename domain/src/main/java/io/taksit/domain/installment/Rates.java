package io.taksit.domain.installment;

import java.math.BigDecimal;

/**
 * Percent rates in one canonical form. Providers write the same rate as {@code 2}, {@code 2.0} or
 * {@code 2.00}; {@link BigDecimal#equals} tells those apart while {@code compareTo} does not, and an
 * order that disagrees with equality would make merged offers depend on the order of their input.
 */
final class Rates {

  private Rates() {}

  /** The same number with no trailing zeros and never a negative scale ({@code 100}, not 1E+2). */
  static BigDecimal canonical(BigDecimal rate) {
    BigDecimal stripped = rate.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** {@code 1 + percent / 100}, exact: 3.5 % gives 1.035. */
  static BigDecimal growthFactor(BigDecimal percent) {
    return BigDecimal.ONE.add(percent.movePointLeft(2));
  }
}
