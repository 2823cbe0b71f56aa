package io.taksit.domain.fee;

import io.taksit.domain.money.Money;
import java.math.BigInteger;

/**
 * Adds and subtracts amounts whose currencies were already checked, in whole minor units, so the
 * result needs no {@code Either} to unwrap; Money offers only pairwise, checked arithmetic.
 */
final class SameCurrencySum {

  private SameCurrencySum() {}

  /** {@code first + added... } when every amount shares {@code first}'s currency. */
  static Money plus(Money first, Money... added) {
    BigInteger minorUnits = first.minorUnits();
    for (Money next : added) {
      requireSameCurrency(first, next);
      minorUnits = minorUnits.add(next.minorUnits());
    }
    return Money.ofMinor(minorUnits, first.currency());
  }

  /** {@code from − taken} in the same currency. */
  static Money minus(Money from, Money taken) {
    requireSameCurrency(from, taken);
    return Money.ofMinor(from.minorUnits().subtract(taken.minorUnits()), from.currency());
  }

  private static void requireSameCurrency(Money first, Money other) {
    if (!other.hasCurrency(first.currency())) {
      throw new IllegalArgumentException("currencies were checked before: " + first.currencyCode()
          + " against " + other.currencyCode());
    }
  }
}
