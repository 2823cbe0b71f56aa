package io.taksit.domain.fee;

import io.taksit.domain.error.FeeError;
import io.taksit.domain.money.Money;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * Taksit's own fee table for providers that quote no fee before paying (Sipay): tiers by amount,
 * each a fixed part plus a percentage within a floor and a cap, and a tax charged as a rate of the
 * fee ({@code 0.14} means 14 % of the fee). Rounding is explicit because a schedule's owner
 * decides whether fractions of a minor unit go to the customer or to the house.
 *
 * <p>Tiers are held sorted by their start and never overlap; gaps between them are allowed and
 * answered with {@link FeeError.NoTierForAmount}.
 */
public record FeeSchedule(Currency currency, List<FeeTier> tiers, BigDecimal taxRateOfFee,
    RoundingMode rounding) {

  /**
   * Guards schedules built in code; configuration goes through {@link #of}.
   *
   * @throws IllegalArgumentException if the schedule is inconsistent or its tiers unsorted
   */
  public FeeSchedule {
    Option<String> problem = problem(currency, tiers, taxRateOfFee, rounding)
        .orElse(() -> sorted(tiers).equals(tiers)
            ? Option.none()
            : Option.some("tiers must be sorted by their start"));
    if (problem.isDefined()) {
      throw new IllegalArgumentException(
          "fee schedule " + problem.get() + "; use FeeSchedule.of for untrusted input");
    }
  }

  /**
   * A schedule, its tiers sorted by start, or why not ({@link FeeError.InvalidSchedule}): no
   * tiers, tiers that overlap or are in another currency, a negative tax rate, or
   * {@link RoundingMode#UNNECESSARY} (a percentage of an amount is seldom exact).
   */
  public static Either<FeeError, FeeSchedule> of(Currency currency, List<FeeTier> tiers,
      BigDecimal taxRateOfFee, RoundingMode rounding) {
    Objects.requireNonNull(tiers, "tiers");
    List<FeeTier> sorted = sorted(tiers);
    Option<String> problem = problem(currency, sorted, taxRateOfFee, rounding);
    return problem.isDefined()
        ? Either.left(new FeeError.InvalidSchedule(problem.get()))
        : Either.right(new FeeSchedule(currency, sorted, taxRateOfFee, rounding));
  }

  /** One tier for every amount from zero up, in {@code fixed}'s currency. */
  public static Either<FeeError, FeeSchedule> flat(Money fixed, BigDecimal percent,
      Option<Money> floor, Option<Money> cap, BigDecimal taxRateOfFee, RoundingMode rounding) {
    Objects.requireNonNull(fixed, "fixed");
    return FeeTier.of(Money.zero(fixed.currency()), Option.none(), fixed, percent, floor, cap)
        .flatMap(tier -> of(fixed.currency(), List.of(tier), taxRateOfFee, rounding));
  }

  private static List<FeeTier> sorted(List<FeeTier> tiers) {
    return tiers.contains(null) ? tiers : tiers.sortBy(tier -> tier.from().amount());
  }

  private static Option<String> problem(Currency currency, List<FeeTier> tiers,
      BigDecimal taxRateOfFee, RoundingMode rounding) {
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(tiers, "tiers");
    Objects.requireNonNull(taxRateOfFee, "taxRateOfFee");
    Objects.requireNonNull(rounding, "rounding");
    if (tiers.isEmpty() || tiers.contains(null)) {
      return Option.some("needs at least one tier, and no missing ones");
    }
    Option<FeeTier> foreign = tiers.find(tier -> !tier.currency().equals(currency));
    if (foreign.isDefined()) {
      return Option.some("tier from " + foreign.get().from() + " is not in the schedule's currency "
          + currency.getCurrencyCode());
    }
    if (taxRateOfFee.signum() < 0) {
      return Option.some("tax rate must not be negative, was " + taxRateOfFee.toPlainString());
    }
    if (rounding == RoundingMode.UNNECESSARY) {
      return Option.some("rounding must say which way fractions go, not UNNECESSARY");
    }
    return tiers.sliding(2).filter(pair -> pair.size() == 2)
        .find(pair -> pair.get(0).upTo().forAll(end -> end.isGreaterThan(pair.get(1).from())))
        .map(pair -> "tiers from " + pair.get(0).from() + " and from " + pair.get(1).from()
            + " overlap")
        .toOption();
  }

  /** The tier whose range holds {@code amount}, if any. */
  public Option<FeeTier> tierFor(Money amount) {
    return tiers.find(tier -> tier.contains(amount));
  }

  /**
   * The scheduled fee, tax and total for paying {@code amount}, or why there is none: another
   * currency, a non-positive amount, no tier for it. Pure: the same amount always gets an equal
   * quote.
   */
  public Either<FeeError, FeeQuote> quote(Money amount) {
    Objects.requireNonNull(amount, "amount");
    if (!amount.hasCurrency(currency)) {
      return Either.left(
          new FeeError.WrongCurrency(currency.getCurrencyCode(), amount.currencyCode()));
    }
    if (!amount.isPositive()) {
      return Either.left(
          new FeeError.InvalidQuote("amount must be greater than zero, was " + amount));
    }
    Option<FeeTier> tier = tierFor(amount);
    if (tier.isEmpty()) {
      return Either.left(new FeeError.NoTierForAmount(amount));
    }
    Money fee = tier.get().feeFor(amount, rounding);
    Money tax = fee.times(taxRateOfFee, rounding);
    return FeeQuote.computed(amount, fee, tax, Money.zero(currency), FeeSource.SCHEDULE);
  }
}
