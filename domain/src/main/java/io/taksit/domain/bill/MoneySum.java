package io.taksit.domain.bill;

import io.taksit.domain.money.Money;
import io.vavr.collection.Seq;
import java.math.BigInteger;
import java.util.Currency;

/**
 * Sums amounts already known to share one currency (a bill's invoices are checked on
 * construction), so the sum needs no {@code Either} to unwrap; Money offers only pairwise
 * {@code plus}.
 */
final class MoneySum {

  private MoneySum() {}

  static Money of(Currency currency, Seq<Money> amounts) {
    if (amounts.exists(m -> !m.hasCurrency(currency))) {
      throw new IllegalArgumentException("cannot sum amounts of several currencies into "
          + currency.getCurrencyCode());
    }
    return Money.ofMinor(amounts.map(Money::minorUnits).fold(BigInteger.ZERO, BigInteger::add),
        currency);
  }
}
