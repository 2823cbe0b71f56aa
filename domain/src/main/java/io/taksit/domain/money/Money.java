package io.taksit.domain.money;

import io.taksit.domain.error.MoneyError;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact amount of one currency, always held at the currency's minor-unit scale (two decimals
 * for EGP and TRY). Construction never rounds: an amount with more decimals than the currency has
 * is refused. Rounding happens only where a rate is applied, with the caller's {@link RoundingMode}.
 *
 * <p>Arithmetic across currencies is refused as a value ({@link MoneyError.CurrencyMismatch}).
 * Ordering ({@link #compareTo}) across currencies is a programming error and throws, because code
 * that compares must already have checked the currency.
 */
public final class Money implements Comparable<Money> {

  private final BigDecimal amount;
  private final Currency currency;

  private Money(BigDecimal amount, Currency currency) {
    this.amount = amount;
    this.currency = currency;
  }

  /** Exact money, or why not: unknown currency, or more decimals than the currency has. */
  public static Either<MoneyError, Money> of(BigDecimal amount, Currency currency) {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    if (currency.getDefaultFractionDigits() < 0) {
      return Either.left(new MoneyError.CurrencyWithoutMinorUnits(currency.getCurrencyCode()));
    }
    int scale = Currencies.scaleOf(currency);
    BigDecimal stripped = amount.stripTrailingZeros();
    if (stripped.scale() > scale) {
      return Either.left(new MoneyError.TooManyDecimals(amount, currency.getCurrencyCode(), scale));
    }
    return Either.right(new Money(amount.setScale(scale, RoundingMode.UNNECESSARY), currency));
  }

  /** Parses a plain decimal ("500.00") and an ISO code ("EGP"). */
  public static Either<MoneyError, Money> parse(String amount, String currencyCode) {
    return Currencies.of(currencyCode).flatMap(currency -> {
      if (amount == null || amount.isBlank()) {
        return Either.left(new MoneyError.InvalidAmountText(String.valueOf(amount)));
      }
      BigDecimal value;
      try {
        value = new BigDecimal(amount.trim());
      } catch (NumberFormatException notANumber) {
        return Either.left(new MoneyError.InvalidAmountText(amount));
      }
      return of(value, currency);
    });
  }

  /**
   * The exact sum of amounts already known to be in {@code currency} (a bill's invoices, a quote's
   * parts), so callers need no {@code Either} to unwrap. Zero for no amounts.
   *
   * @throws IllegalArgumentException for an amount in another currency: a programming error,
   *     check first (or use {@link #plus})
   */
  public static Money sumOf(Currency currency, Seq<Money> amounts) {
    return sum(currency, amounts);
  }

  /** Like {@link #sumOf(Currency, Seq)}, for a few amounts known in the code. */
  public static Money sumOf(Currency currency, Money... amounts) {
    return sum(currency, java.util.Arrays.asList(amounts));
  }

  /** Every amount is at the currency's scale, so their sum is exact and at that scale too. */
  private static Money sum(Currency currency, Iterable<Money> amounts) {
    Objects.requireNonNull(currency, "currency");
    BigDecimal sum = BigDecimal.valueOf(0, Currencies.scaleOf(currency));
    for (Money amount : amounts) {
      if (!amount.currency.equals(currency)) {
        throw new IllegalArgumentException("cannot sum " + amount.currencyCode() + " into "
            + currency.getCurrencyCode());
      }
      sum = sum.add(amount.amount);
    }
    return new Money(sum, currency);
  }

  /** Money from a count of minor units (piastres, kuruş): always exact. */
  public static Money ofMinor(long minorUnits, Currency currency) {
    return ofMinor(BigInteger.valueOf(minorUnits), currency);
  }

  /** Money from a count of minor units: always exact. */
  public static Money ofMinor(BigInteger minorUnits, Currency currency) {
    Objects.requireNonNull(minorUnits, "minorUnits");
    return new Money(new BigDecimal(minorUnits, Currencies.scaleOf(currency)), currency);
  }

  /** Zero in the given currency. */
  public static Money zero(Currency currency) {
    return ofMinor(BigInteger.ZERO, currency);
  }

  /** The amount, at exactly the currency's scale. */
  public BigDecimal amount() {
    return amount;
  }

  public Currency currency() {
    return currency;
  }

  /** The currency's ISO 4217 code. */
  public String currencyCode() {
    return currency.getCurrencyCode();
  }

  /** The number of decimals of this currency's minor unit. */
  public int scale() {
    return amount.scale();
  }

  /** The amount as a whole number of minor units (500.00 EGP is 50000). */
  public BigInteger minorUnits() {
    return amount.unscaledValue();
  }

  /** One minor unit of this currency (0.01 EGP). */
  public Money oneMinorUnit() {
    return ofMinor(BigInteger.ONE, currency);
  }

  public boolean isZero() {
    return amount.signum() == 0;
  }

  public boolean isPositive() {
    return amount.signum() > 0;
  }

  public boolean isNegative() {
    return amount.signum() < 0;
  }

  public boolean hasCurrency(Currency other) {
    return currency.equals(other);
  }

  public Either<MoneyError, Money> plus(Money other) {
    return sameCurrency(other).map(o -> new Money(amount.add(o.amount), currency));
  }

  public Either<MoneyError, Money> minus(Money other) {
    return sameCurrency(other).map(o -> new Money(amount.subtract(o.amount), currency));
  }

  public Money negate() {
    return new Money(amount.negate(), currency);
  }

  /**
   * This amount times a factor (a rate such as 0.015 for 1.5 %), rounded back to the currency's
   * scale with the given mode. The mode is explicit because every caller means a different one.
   */
  public Money times(BigDecimal factor, RoundingMode rounding) {
    Objects.requireNonNull(factor, "factor");
    Objects.requireNonNull(rounding, "rounding");
    return new Money(amount.multiply(factor).setScale(amount.scale(), rounding), currency);
  }

  /**
   * Splits this amount into {@code parts} amounts that sum exactly to it and differ by at most one
   * minor unit; the leftover minor units go to the first parts (12 × 41.67 → 8 × 41.67 + 4 ×
   * 41.66 for 500.00).
   */
  public Either<MoneyError, List<Money>> allocate(int parts) {
    if (parts < 1) {
      return Either.left(new MoneyError.InvalidAllocation("needs at least one part, was " + parts));
    }
    // Equal shares need no ratio arithmetic: T = q × parts + r, and the first r parts get q + 1.
    // The same answer as allocate(ratios) with equal ratios, some 50 times cheaper (see
    // docs/benchmarks.md), which matters for installment schedules computed per option.
    BigInteger[] quotientAndRemainder = minorUnits().abs().divideAndRemainder(BigInteger.valueOf(parts));
    int larger = quotientAndRemainder[1].intValueExact();
    BigInteger sign = BigInteger.valueOf(isNegative() ? -1 : 1);
    Money bigger = ofMinor(quotientAndRemainder[0].add(BigInteger.ONE).multiply(sign), currency);
    Money smaller = ofMinor(quotientAndRemainder[0].multiply(sign), currency);
    return Either.right(List.fill(larger, bigger).appendAll(List.fill(parts - larger, smaller)));
  }

  /**
   * Splits this amount in proportion to non-negative ratios (at least one positive). Each part is
   * the floor of its exact share; the leftover minor units, fewer than the number of parts, go one
   * each to the parts with the largest remainders, ties to the earlier part (so with equal ratios,
   * to the first parts). The parts sum exactly to this amount, each within one minor unit of its
   * exact share, and a zero ratio gets zero.
   * A negative amount is split as its absolute value, then negated.
   */
  public Either<MoneyError, List<Money>> allocate(Seq<BigDecimal> ratios) {
    Objects.requireNonNull(ratios, "ratios");
    if (ratios.isEmpty()) {
      return Either.left(new MoneyError.InvalidAllocation("needs at least one ratio"));
    }
    if (ratios.exists(r -> r == null || r.signum() < 0)) {
      return Either.left(new MoneyError.InvalidAllocation("ratios must not be negative"));
    }
    BigDecimal ratioSum = ratios.fold(BigDecimal.ZERO, BigDecimal::add);
    if (ratioSum.signum() == 0) {
      return Either.left(new MoneyError.InvalidAllocation("ratios must not all be zero"));
    }
    BigInteger total = minorUnits().abs();
    BigDecimal totalDecimal = new BigDecimal(total);
    List<BigDecimal> exactShares = ratios.toList().map(r -> totalDecimal.multiply(r));
    // Each part is floor(total × ratio / sum); share × sum keeps the remainders exact.
    List<BigInteger> floors = exactShares.map(share ->
        share.divide(ratioSum, 0, RoundingMode.FLOOR).toBigIntegerExact());
    List<BigDecimal> remainders = exactShares.zipWith(floors,
        (share, floor) -> share.subtract(new BigDecimal(floor).multiply(ratioSum)));
    int leftover = total.subtract(floors.fold(BigInteger.ZERO, BigInteger::add)).intValueExact();
    // Largest remainder first, ties to the earlier part: with equal ratios that is "to the first
    // parts", and no part ever strays a whole unit from its exact share.
    Comparator<Integer> largestRemainderFirst =
        Comparator.comparing((Integer i) -> remainders.get(i)).reversed();
    io.vavr.collection.Set<Integer> topped = List.range(0, floors.size())
        .sortBy(largestRemainderFirst, i -> i) // a stable sort: ties keep their order
        .take(leftover)
        .toSet();
    List<BigInteger> parts = List.range(0, floors.size())
        .map(i -> topped.contains(i) ? floors.get(i).add(BigInteger.ONE) : floors.get(i));
    boolean negative = isNegative();
    return Either.right(parts.map(p -> ofMinor(negative ? p.negate() : p, currency)));
  }

  /** Same currency as {@code other}, or the mismatch. */
  public Either<MoneyError, Money> sameCurrency(Money other) {
    Objects.requireNonNull(other, "other");
    return currency.equals(other.currency)
        ? Either.right(other)
        : Either.left(new MoneyError.CurrencyMismatch(currencyCode(), other.currencyCode()));
  }

  public boolean isGreaterThan(Money other) {
    return compareTo(other) > 0;
  }

  public boolean isLessThan(Money other) {
    return compareTo(other) < 0;
  }

  public Money max(Money other) {
    return compareTo(other) >= 0 ? this : other;
  }

  public Money min(Money other) {
    return compareTo(other) <= 0 ? this : other;
  }

  /**
   * Orders amounts of one currency.
   *
   * @throws IllegalArgumentException for two currencies: a programming error, check first
   */
  @Override
  public int compareTo(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException(
          "cannot order " + currencyCode() + " against " + other.currencyCode());
    }
    return amount.compareTo(other.amount);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Money other && amount.equals(other.amount) && currency.equals(other.currency);
  }

  @Override
  public int hashCode() {
    return Objects.hash(amount, currency);
  }

  /** {@code 500.00 EGP}. */
  @Override
  public String toString() {
    return amount.toPlainString() + " " + currencyCode();
  }
}
