package io.taksit.domain.fee;

import io.taksit.domain.error.FeeError;
import io.taksit.domain.money.Money;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * What a payment of {@code amount} will cost the customer in all, part by part. A quote always
 * adds up exactly: {@code total = amount + fee + tax − discount}. A provider's quote that does not
 * is refused rather than trusted, because the total is what gets charged.
 */
public record FeeQuote(Money amount, Money fee, Money tax, Money discount, Money total,
    FeeSource source) {

  /**
   * Guards quotes built in code; provider figures go through {@link #of}.
   *
   * @throws IllegalArgumentException if the quote does not add up or has a negative part
   */
  public FeeQuote {
    Option<String> problem = problem(amount, fee, tax, discount, total, source);
    if (problem.isDefined()) {
      throw new IllegalArgumentException(
          "fee quote " + problem.get() + "; use FeeQuote.of for untrusted input");
    }
  }

  /**
   * A quote as a provider stated it, or the rule it breaks ({@link FeeError.InvalidQuote}): one
   * currency, a positive amount, no negative fee, tax or discount, and a total that adds up.
   */
  public static Either<FeeError, FeeQuote> of(Money amount, Money fee, Money tax, Money discount,
      Money total, FeeSource source) {
    Option<String> problem = problem(amount, fee, tax, discount, total, source);
    return problem.isDefined()
        ? Either.left(new FeeError.InvalidQuote(problem.get()))
        : Either.right(new FeeQuote(amount, fee, tax, discount, total, source));
  }

  /** A quote whose total is computed from its parts, or the rule a part breaks. */
  public static Either<FeeError, FeeQuote> computed(Money amount, Money fee, Money tax,
      Money discount, FeeSource source) {
    Option<String> mixed = mixedCurrencies(amount, fee, tax, discount);
    if (mixed.isDefined()) {
      return Either.left(new FeeError.InvalidQuote(mixed.get()));
    }
    Money total = Money.sumOf(amount.currency(), List.of(amount, fee, tax, discount.negate()));
    return of(amount, fee, tax, discount, total, source);
  }

  private static Option<String> problem(Money amount, Money fee, Money tax, Money discount,
      Money total, FeeSource source) {
    Objects.requireNonNull(source, "source");
    Option<String> mixed = mixedCurrencies(amount, fee, tax, discount, total);
    if (mixed.isDefined()) {
      return mixed;
    }
    if (!amount.isPositive()) {
      return Option.some("amount must be greater than zero, was " + amount);
    }
    Option<String> negative = List.of("fee", "tax", "discount").zip(List.of(fee, tax, discount))
        .find(part -> part._2.isNegative())
        .map(part -> part._1 + " must not be negative, was " + part._2);
    if (negative.isDefined()) {
      return negative;
    }
    Money expected = Money.sumOf(amount.currency(), List.of(amount, fee, tax, discount.negate()));
    if (expected.isNegative()) {
      return Option.some("discount " + discount + " must not exceed amount + fee + tax");
    }
    if (!total.equals(expected)) {
      return Option.some("total " + total + " must equal amount + fee + tax − discount = "
          + expected);
    }
    return Option.none();
  }

  private static Option<String> mixedCurrencies(Money amount, Money... parts) {
    Objects.requireNonNull(amount, "amount");
    for (Money part : parts) {
      Objects.requireNonNull(part, "a quote part");
    }
    return List.of(parts).exists(part -> !part.hasCurrency(amount.currency()))
        ? Option.some("parts must all be in the amount's currency " + amount.currencyCode())
        : Option.none();
  }
}
