package io.taksit.benchmarks.report;

import java.util.Locale;

/** How the report writes numbers: few enough digits to read, the unit always beside them. */
final class Figures {

  private Figures() {}

  /** {@code 161×}, {@code 12.3×}, {@code 1.02×}. */
  static String ratio(double ratio) {
    if (Double.isNaN(ratio)) {
      return "n/a";
    }
    if (Double.isInfinite(ratio)) {
      return "∞";
    }
    if (ratio >= 100) {
      return String.format(Locale.ROOT, "%.0f×", ratio);
    }
    return ratio >= 10 ? String.format(Locale.ROOT, "%.1f×", ratio)
        : String.format(Locale.ROOT, "%.2f×", ratio);
  }

  /** A goal or an axis tick without needless zeros: {@code 3×}, {@code 1.1×}, {@code 0.5×}. */
  static String goal(double ratio) {
    return new java.math.BigDecimal(ratio).setScale(2, java.math.RoundingMode.HALF_EVEN)
        .stripTrailingZeros().toPlainString() + "×";
  }

  /** {@code 1,234,567 ± 8,901 ops/s}, {@code 50.21 ± 0.12 ms/op}. */
  static String score(double score, double error, String unit) {
    String value = number(score);
    return Double.isNaN(error) ? value + " " + unit : value + " ± " + number(error) + " " + unit;
  }

  /** A plain number: grouped when large, three significant digits when small. */
  static String number(double value) {
    if (Double.isNaN(value)) {
      return "n/a";
    }
    double magnitude = Math.abs(value);
    if (magnitude >= 1000) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    if (magnitude >= 100) {
      return String.format(Locale.ROOT, "%.1f", value);
    }
    if (magnitude >= 1) {
      return String.format(Locale.ROOT, "%.2f", value);
    }
    return String.format(Locale.ROOT, "%.3g", value);
  }

  /** A duration in seconds in the unit that reads best: {@code 8.4 ns}, {@code 1.62 µs}. */
  static String duration(double seconds) {
    if (Double.isNaN(seconds)) {
      return "n/a";
    }
    if (seconds >= 1) {
      return number(seconds) + " s";
    }
    if (seconds >= 1e-3) {
      return number(seconds * 1e3) + " ms";
    }
    if (seconds >= 1e-6) {
      return number(seconds * 1e6) + " µs";
    }
    return number(seconds * 1e9) + " ns";
  }

  /** Operations per second, grouped: {@code 1,234,567/s}. */
  static String perSecond(double opsPerSecond) {
    return String.format(Locale.ROOT, "%,.0f/s", opsPerSecond);
  }

  /** Bytes as JMH's gc profiler gives them per operation. */
  static String bytes(double bytes) {
    return String.format(Locale.ROOT, "%,.0f B", bytes);
  }
}
