package io.taksit.domain.fee;

import io.taksit.domain.error.FeeError;
import io.taksit.domain.money.Money;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * What a payment of {@code amount} will cost the customer in all, part by part. A quote always
 * adds up exactly: {@code total = amount + fee + tax − discount}. A provider's quote that does not
 * is refused rather than trusted, because the total is what gets charged.
 *
 * <p>A value class rather than a record, so that each way of making one checks it exactly once:
 * a record's canonical constructor runs on every construction, and the factories, which must
 * answer a refusal as a value, would check the same quote again inside it. Its accessors, equality
 * and text are a record's.
 */
public final class FeeQuote {

  private final Money amount;
  private final Money fee;
  private final Money tax;
  private final Money discount;
  private final Money total;
  private final FeeSource source;

  /**
   * Guards quotes built in code; provider figures go through {@link #of}.
   *
   * @throws IllegalArgumentException if the quote does not add up or has a negative part
   */
  public FeeQuote(Money amount, Money fee, Money tax, Money discount, Money total,
      FeeSource source) {
    this(checked(amount, fee, tax, discount, total, source), fee, tax, discount, total, source,
        true);
  }

  /** The parts of a quote already checked; {@code trusted} only tells it from the public one. */
  private FeeQuote(Money amount, Money fee, Money tax, Money discount, Money total,
      FeeSource source, boolean trusted) {
    this.amount = amount;
    this.fee = fee;
    this.tax = tax;
    this.discount = discount;
    this.total = total;
    this.source = source;
  }

  private static Money checked(Money amount, Money fee, Money tax, Money discount, Money total,
      FeeSource source) {
    Objects.requireNonNull(total, "a quote part");
    String problem = problem(amount, fee, tax, discount, total, source);
    if (problem != null) {
      throw new IllegalArgumentException(
          "fee quote " + problem + "; use FeeQuote.of for untrusted input");
    }
    return amount;
  }

  /**
   * A quote as a provider stated it, or the rule it breaks ({@link FeeError.InvalidQuote}): one
   * currency, a positive amount, no negative fee, tax or discount, and a total that adds up.
   */
  public static Either<FeeError, FeeQuote> of(Money amount, Money fee, Money tax, Money discount,
      Money total, FeeSource source) {
    Objects.requireNonNull(total, "a quote part");
    String problem = problem(amount, fee, tax, discount, total, source);
    return problem != null
        ? Either.left(new FeeError.InvalidQuote(problem))
        : Either.right(new FeeQuote(amount, fee, tax, discount, total, source, true));
  }

  /** A quote whose total is computed from its parts, or the rule a part breaks. */
  public static Either<FeeError, FeeQuote> computed(Money amount, Money fee, Money tax,
      Money discount, FeeSource source) {
    String problem = problem(amount, fee, tax, discount, null, source);
    if (problem != null) {
      return Either.left(new FeeError.InvalidQuote(problem));
    }
    Money total = Money.sumOf(amount.currency(), amount, fee, tax, discount.negate());
    return Either.right(new FeeQuote(amount, fee, tax, discount, total, source, true));
  }

  /**
   * The first rule the parts break, or null when they make a quote. A null {@code total} is
   * the one computed from the parts: only the parts are checked.
   */
  private static String problem(Money amount, Money fee, Money tax, Money discount, Money total,
      FeeSource source) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(fee, "a quote part");
    Objects.requireNonNull(tax, "a quote part");
    Objects.requireNonNull(discount, "a quote part");
    Currency currency = amount.currency();
    if (!fee.hasCurrency(currency) || !tax.hasCurrency(currency)
        || !discount.hasCurrency(currency) || (total != null && !total.hasCurrency(currency))) {
      return "parts must all be in the amount's currency " + amount.currencyCode();
    }
    if (!amount.isPositive()) {
      return "amount must be greater than zero, was " + amount;
    }
    if (fee.isNegative()) {
      return "fee must not be negative, was " + fee;
    }
    if (tax.isNegative()) {
      return "tax must not be negative, was " + tax;
    }
    if (discount.isNegative()) {
      return "discount must not be negative, was " + discount;
    }
    // Every part is at the currency's scale, so the sum is exact and at that scale too.
    BigDecimal expected = amount.amount().add(fee.amount()).add(tax.amount())
        .subtract(discount.amount());
    if (expected.signum() < 0) {
      return "discount " + discount + " must not exceed amount + fee + tax";
    }
    if (total != null && total.amount().compareTo(expected) != 0) {
      return "total " + total + " must equal amount + fee + tax − discount = "
          + expected.toPlainString() + " " + amount.currencyCode();
    }
    return null;
  }

  public Money amount() {
    return amount;
  }

  public Money fee() {
    return fee;
  }

  public Money tax() {
    return tax;
  }

  public Money discount() {
    return discount;
  }

  public Money total() {
    return total;
  }

  public FeeSource source() {
    return source;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FeeQuote other && amount.equals(other.amount) && fee.equals(other.fee)
        && tax.equals(other.tax) && discount.equals(other.discount)
        && total.equals(other.total) && source == other.source;
  }

  @Override
  public int hashCode() {
    return Objects.hash(amount, fee, tax, discount, total, source);
  }

  /** As a record would write it. */
  @Override
  public String toString() {
    return "FeeQuote[amount=" + amount + ", fee=" + fee + ", tax=" + tax + ", discount="
        + discount + ", total=" + total + ", source=" + source + "]";
  }
}
