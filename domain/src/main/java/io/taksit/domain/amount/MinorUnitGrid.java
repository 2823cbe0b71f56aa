package io.taksit.domain.amount;

import java.math.BigInteger;

/**
 * The points {@code origin + k × step} on the line of minor units. Kept apart from
 * {@link AmountRule} so the rounding to the grid, the only arithmetic that is easy to get wrong
 * for negative offsets, lives in one place.
 */
record MinorUnitGrid(BigInteger origin, BigInteger step) {

  MinorUnitGrid {
    if (origin == null || step == null || step.signum() <= 0) {
      throw new IllegalArgumentException("a grid needs an origin and a positive step");
    }
  }

  boolean contains(BigInteger point) {
    return point.subtract(origin).mod(step).signum() == 0;
  }

  /** The largest grid point at or below {@code point}. */
  BigInteger floor(BigInteger point) {
    // mod, unlike remainder, is never negative for a positive step, so this floors below zero too.
    return point.subtract(point.subtract(origin).mod(step));
  }

  /** The smallest grid point at or above {@code point}. */
  BigInteger ceiling(BigInteger point) {
    BigInteger floor = floor(point);
    return floor.equals(point) ? floor : floor.add(step);
  }
}
