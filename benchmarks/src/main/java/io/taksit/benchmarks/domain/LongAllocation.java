package io.taksit.benchmarks.domain;

/**
 * The baseline for {@code Money.allocate(n)}: {@code n} parts of a {@code long} amount of minor
 * units that sum exactly to it and differ by at most one unit, the leftover units to the first
 * parts; a negative amount is split as its absolute value, then negated.
 */
final class LongAllocation {

  private LongAllocation() {}

  /** The parts, or null for fewer than one part. */
  static long[] allocate(long amount, int parts) {
    if (parts < 1) {
      return null;
    }
    long magnitude = Math.abs(amount);
    long share = magnitude / parts;
    long leftover = magnitude % parts;
    long sign = amount < 0 ? -1 : 1;
    long[] result = new long[parts];
    for (int i = 0; i < parts; i++) {
      result[i] = sign * (i < leftover ? share + 1 : share);
    }
    return result;
  }
}
