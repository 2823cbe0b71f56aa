package io.taksit.domain.installment;

import io.taksit.domain.error.InputError;
import io.taksit.domain.error.InstallmentError;
import io.taksit.domain.input.TextInput;
import io.taksit.domain.money.Money;
import io.taksit.domain.provider.ProviderId;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * One installment plan a provider offers for one purchase: pay {@code total} in {@code count}
 * installments instead of {@code principal} at once.
 *
 * <p>Rates are percents ({@code 3.5} is 3.5 %) held in a canonical form, so {@code 2.00} and
 * {@code 2} make equal options. The customer's interest and the merchant's commission are kept as
 * the provider reported them; the total is not recomputed from the rate because providers round
 * and bundle fees their own way (Teqpay's "Komisyon İçinde" keeps the total at the price whatever
 * the merchant rate). The {@code schedule} is always {@code total} allocated exactly over
 * {@code count}: the parts sum to the total, differ by at most one minor unit, bigger parts first.
 *
 * @param provider               who offers the plan
 * @param channel                which of the provider's channels (Paywall's payment gateway), or
 *                               none when the provider has one
 * @param count                  number of installments, 1 to 36
 * @param principal              the purchase amount
 * @param customerInterestRate   percent the customer pays on top of the principal
 * @param merchantCommissionRate percent the merchant pays the provider, or none when the
 *                               provider does not report it (iyzico): unknown, never taken as 0
 * @param total                  what the customer pays over all installments
 * @param schedule               the installment amounts, in order
 * @param details                what else the provider said about the plan (its channel id,
 *                               commission type, own per-installment figure), see
 *                               {@link OptionDetails}
 */
public record InstallmentOption(ProviderId provider, Option<String> channel, int count,
    Money principal, BigDecimal customerInterestRate, Option<BigDecimal> merchantCommissionRate,
    Money total, List<Money> schedule, OptionDetails details) {

  /** Fewest installments: a single payment is offered as a one-installment plan. */
  public static final int MIN_COUNT = 1;
  /** Most installments any integrated provider offers; Turkish regulation caps most at 12–18. */
  public static final int MAX_COUNT = 36;
  /** Longest channel name kept. */
  public static final int MAX_CHANNEL_LENGTH = 64;

  /** Guards the invariant; provider answers go through {@link #of}, which refuses as a value. */
  public InstallmentOption {
    Option<InstallmentError> refused = planRefusal(provider, channel, count, principal,
        customerInterestRate, merchantCommissionRate)
        .orElse(() -> totalRefusal(principal, total));
    if (refused.isDefined()) {
      throw new IllegalArgumentException(refused.get().message());
    }
    if (schedule == null || !schedule.equals(scheduleOf(total, count))) {
      throw new IllegalArgumentException("schedule must be the total allocated over the count");
    }
    Objects.requireNonNull(details, "details");
    if (details.providerPerInstallment().exists(per -> !per.hasCurrency(total.currency()))) {
      throw new IllegalArgumentException("the provider's per-installment figure must be in "
          + total.currencyCode());
    }
    customerInterestRate = Rates.canonical(customerInterestRate);
    merchantCommissionRate = merchantCommissionRate.map(Rates::canonical);
  }

  /** An option with nothing said beyond its figures. */
  public InstallmentOption(ProviderId provider, Option<String> channel, int count,
      Money principal, BigDecimal customerInterestRate, Option<BigDecimal> merchantCommissionRate,
      Money total, List<Money> schedule) {
    this(provider, channel, count, principal, customerInterestRate, merchantCommissionRate, total,
        schedule, OptionDetails.NONE);
  }

  /** The same plan with what the provider said about it. */
  public InstallmentOption withDetails(OptionDetails said) {
    return new InstallmentOption(provider, channel, count, principal, customerInterestRate,
        merchantCommissionRate, total, schedule, said);
  }

  /**
   * The same plan carrying the provider's own per-installment figure, or why it cannot be kept (a
   * figure in another currency or not positive). When the figure times the count is not the
   * total, a note says by how much they disagree; the schedule stays the exact allocation of the
   * total, which is what the customer pays.
   */
  public Either<InstallmentError, InstallmentOption> withProviderPerInstallment(String providerName,
      Money perInstallment) {
    Objects.requireNonNull(providerName, "providerName");
    Objects.requireNonNull(perInstallment, "perInstallment");
    if (!perInstallment.hasCurrency(total.currency())) {
      return Either.left(new InstallmentError.InvalidOption("the per-installment figure is in "
          + perInstallment.currencyCode() + " but the total in " + total.currencyCode()));
    }
    if (!perInstallment.isPositive()) {
      return Either.left(new InstallmentError.InvalidOption(
          "the per-installment figure must be greater than zero, was " + perInstallment));
    }
    Money times = perInstallment.times(BigDecimal.valueOf(count), RoundingMode.UNNECESSARY);
    Money gap = times.minus(total).getOrElseThrow(mismatch ->
        new IllegalStateException("currency was checked: " + mismatch.message()));
    Option<String> note = gap.isZero() ? Option.none() : Option.some(providerName
        + "'s figures disagree by " + (gap.isNegative() ? gap.negate() : gap) + ": "
        + perInstallment.amount().toPlainString() + " × " + count + " = "
        + times.amount().toPlainString() + ", total " + total.amount().toPlainString()
        + "; the schedule allocates the total exactly");
    return Either.right(withDetails(details.withProviderPerInstallment(perInstallment, note)));
  }

  /** An option as a provider reported it, or the first rule it breaks. */
  public static Either<InstallmentError, InstallmentOption> of(ProviderId provider,
      Option<String> channel, int count, Money principal, BigDecimal customerInterestRate,
      BigDecimal merchantCommissionRate, Money total) {
    // A null rate stays null down to planRefusal, which reports it as required in its turn.
    return reported(provider, channel, count, principal, customerInterestRate,
        merchantCommissionRate == null ? null : Option.some(merchantCommissionRate), total);
  }

  /**
   * An option of a provider that does not report the merchant's commission: it stays unknown
   * (none), never 0, so no ranking or report mistakes it for a free plan.
   */
  public static Either<InstallmentError, InstallmentOption> ofUnreportedCommission(
      ProviderId provider, Option<String> channel, int count, Money principal,
      BigDecimal customerInterestRate, Money total) {
    return reported(provider, channel, count, principal, customerInterestRate, Option.none(),
        total);
  }

  private static Either<InstallmentError, InstallmentOption> reported(ProviderId provider,
      Option<String> channel, int count, Money principal, BigDecimal customerInterestRate,
      Option<BigDecimal> merchantCommissionRate, Money total) {
    Option<String> trimmed = trimmed(channel);
    Option<InstallmentError> refused = planRefusal(provider, trimmed, count, principal,
        customerInterestRate, merchantCommissionRate)
        .orElse(() -> totalRefusal(principal, total));
    if (refused.isDefined()) {
      return Either.left(refused.get());
    }
    return Either.right(new InstallmentOption(provider, trimmed, count, principal,
        customerInterestRate, merchantCommissionRate, total, scheduleOf(total, count)));
  }

  /**
   * An option whose total is computed: principal × (1 + customerInterestRate / 100), rounded to
   * the currency's minor unit with {@code rounding}. {@link RoundingMode#UNNECESSARY} is refused as
   * a value when the total is not exact.
   */
  public static Either<InstallmentError, InstallmentOption> withInterest(ProviderId provider,
      Option<String> channel, int count, Money principal, BigDecimal customerInterestRate,
      BigDecimal merchantCommissionRate, RoundingMode rounding) {
    Objects.requireNonNull(rounding, "rounding");
    Option<InstallmentError> refused = planRefusal(provider, trimmed(channel), count, principal,
        customerInterestRate,
        merchantCommissionRate == null ? null : Option.some(merchantCommissionRate));
    if (refused.isDefined()) {
      return Either.left(refused.get());
    }
    BigDecimal factor = Rates.growthFactor(customerInterestRate);
    BigDecimal exact = principal.amount().multiply(factor);
    if (rounding == RoundingMode.UNNECESSARY
        && exact.stripTrailingZeros().scale() > principal.scale()) {
      return Either.left(new InstallmentError.InvalidOption("total " + exact.toPlainString()
          + " needs rounding to " + principal.scale() + " decimals, but rounding is UNNECESSARY"));
    }
    return of(provider, channel, count, principal, customerInterestRate, merchantCommissionRate,
        principal.times(factor, rounding));
  }

  /** The first installment, the largest when the total does not split evenly. */
  public Money perInstallment() {
    return schedule.head();
  }

  /** What the plan costs the customer over paying at once: total − principal (negative if cheaper). */
  public Money customerCost() {
    return total.minus(principal).getOrElseThrow(mismatch ->
        new IllegalStateException("invariant broken: " + mismatch.message()));
  }

  /** The first rule broken; a null {@code merchantCommissionRate} is missing, none unreported. */
  private static Option<InstallmentError> planRefusal(ProviderId provider, Option<String> channel,
      int count, Money principal, BigDecimal customerInterestRate,
      Option<BigDecimal> merchantCommissionRate) {
    if (provider == null) {
      return required("provider");
    }
    if (channel == null) {
      return required("channel");
    }
    if (principal == null) {
      return required("principal");
    }
    if (customerInterestRate == null) {
      return required("customerInterestRate");
    }
    if (merchantCommissionRate == null) {
      return required("merchantCommissionRate");
    }
    if (count < MIN_COUNT || count > MAX_COUNT) {
      return Option.some(new InstallmentError.CountOutOfRange(count));
    }
    if (customerInterestRate.signum() < 0) {
      return Option.some(
          new InstallmentError.NegativeRate("customerInterestRate", customerInterestRate));
    }
    if (merchantCommissionRate.exists(rate -> rate.signum() < 0)) {
      return Option.some(new InstallmentError.NegativeRate("merchantCommissionRate",
          merchantCommissionRate.get()));
    }
    if (!principal.isPositive()) {
      return invalid("principal must be greater than zero, was " + principal);
    }
    return channelRefusal(channel);
  }

  private static Option<InstallmentError> totalRefusal(Money principal, Money total) {
    if (total == null) {
      return required("total");
    }
    if (!total.isPositive()) {
      return invalid("total must be greater than zero, was " + total);
    }
    if (!total.hasCurrency(principal.currency())) {
      return invalid("total is in " + total.currencyCode() + " but the principal in "
          + principal.currencyCode());
    }
    return Option.none();
  }

  private static Option<InstallmentError> channelRefusal(Option<String> channel) {
    if (channel.isEmpty()) {
      return Option.none();
    }
    String name = channel.get();
    Either<InputError, String> checked = TextInput.required("channel", name, MAX_CHANNEL_LENGTH);
    if (checked.isLeft()) {
      return invalid(checked.getLeft().message());
    }
    return checked.get().equals(name)
        ? Option.none()
        : invalid("channel must not have surrounding spaces");
  }

  private static Option<String> trimmed(Option<String> channel) {
    return channel == null ? null : channel.map(name -> name == null ? null : name.strip());
  }

  private static List<Money> scheduleOf(Money total, int count) {
    return total.allocate(count).getOrElseThrow(refusal ->
        new IllegalStateException("count was checked: " + refusal.message()));
  }

  private static Option<InstallmentError> required(String field) {
    return invalid(field + " is required");
  }

  private static Option<InstallmentError> invalid(String rule) {
    return Option.some(new InstallmentError.InvalidOption(rule));
  }
}
