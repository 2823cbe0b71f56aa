package io.taksit.sandbox.support;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks for the records of a provider's seed data, so that every provider's data is held the
 * same way: amounts and rates at exactly two decimals (more would be a seed typo, and rounding it
 * silently would hide one), tables as unmodifiable copies (a seed is shared by every sandbox
 * started from it).
 */
public final class Seeds {

  private Seeds() {
  }

  /** {@code value} at two decimals; an {@link ArithmeticException} if it has more. */
  public static BigDecimal twoDecimals(BigDecimal value) {
    Objects.requireNonNull(value, "amount");
    return value.setScale(2, RoundingMode.UNNECESSARY);
  }

  /** {@link #twoDecimals(BigDecimal)} of a decimal written out. */
  public static BigDecimal twoDecimals(String value) {
    return twoDecimals(new BigDecimal(value));
  }

  /** An unmodifiable copy of a table of rows by key, its key order kept. */
  public static <T> Map<String, List<T>> table(Map<String, List<T>> table) {
    Map<String, List<T>> copy = new LinkedHashMap<>();
    table.forEach((key, rows) -> copy.put(key, List.copyOf(rows)));
    return Collections.unmodifiableMap(copy);
  }
}
