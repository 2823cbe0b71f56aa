package io.taksit.adapters.http.support;

import io.taksit.domain.money.Money;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The customer's interest rate of a plan whose provider reports only what the customer pays in
 * all (Teqpay's {@code TotalPrice}, iyzico's {@code totalPrice}):
 *
 * <pre>customer rate % = (total − principal) × 100 / principal, rounded half-up to 2 decimals</pre>
 *
 * <p>Two decimals because that is the precision providers quote rates in; the quotient of two
 * minor-unit amounts is rarely finite, and the total, not the rate, is what the customer pays (it
 * is kept exactly as reported). A total below the principal would be a negative rate, which the
 * domain refuses, and rounding must not hide a small one (499.99 for 500.00 would round to −0.00):
 * such an answer fails instead of being guessed at.
 */
public final class InstallmentRates {

  /** Scale of a derived customer rate. */
  public static final int RATE_SCALE = 2;
  public static final RoundingMode RATE_ROUNDING = RoundingMode.HALF_UP;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private InstallmentRates() {}

  /**
   * The customer's rate of paying {@code total} for {@code principal} (same currency, principal
   * positive), or why not, naming {@code totalField}.
   */
  public static Either<String, BigDecimal> customerRate(Money principal, Money total,
      String totalField) {
    Objects.requireNonNull(principal, "principal");
    Objects.requireNonNull(total, "total");
    if (!principal.isPositive()) {
      throw new IllegalArgumentException("the principal must be positive, was " + principal);
    }
    if (!total.hasCurrency(principal.currency())) {
      return Either.left(totalField + " is in " + total.currencyCode() + ", the principal in "
          + principal.currencyCode());
    }
    if (total.isLessThan(principal)) {
      return Either.left(totalField + " " + total.amount().toPlainString()
          + " is below the price " + principal.amount().toPlainString()
          + ": a discount is not a customer interest rate");
    }
    return Either.right(rate(principal.amount(), total.amount()));
  }

  /** (total − price) × 100 / price, half-up to {@link #RATE_SCALE} decimals; price > 0. */
  private static BigDecimal rate(BigDecimal price, BigDecimal total) {
    return total.subtract(price).multiply(HUNDRED).divide(price, RATE_SCALE, RATE_ROUNDING);
  }
}
