package io.taksit.sandbox.teqpay;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Teqpay writes amounts the Turkish way, as strings: a dot between thousands and a comma before
 * the kuruş ({@code "1.250,50"}). Hand-written rather than a {@code tr-TR} {@code DecimalFormat},
 * so that the output never depends on the JDK's locale data and never goes through a double.
 */
final class TurkishAmounts {

  private TurkishAmounts() {
  }

  /** {@code 1250.5} → {@code "1.250,50"}; always two decimals, rounded half-up. */
  static String format(BigDecimal amount) {
    String plain = amount.setScale(2, RoundingMode.HALF_UP).abs().toPlainString();
    int dot = plain.indexOf('.');
    String whole = plain.substring(0, dot);
    StringBuilder out = new StringBuilder(plain.length() + whole.length() / 3 + 1);
    if (amount.signum() < 0) {
      out.append('-');
    }
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        out.append('.');
      }
      out.append(whole.charAt(i));
    }
    return out.append(',').append(plain, dot + 1, plain.length()).toString();
  }
}
