package io.taksit.adapters.http.iyzico;

import io.taksit.adapters.http.support.AmountIntegrity;
import io.taksit.adapters.http.support.InstallmentRates;
import io.taksit.domain.card.CardKind;
import io.taksit.domain.card.CardProfile;
import io.taksit.domain.card.CardType;
import io.taksit.domain.installment.InstallmentOption;
import io.taksit.domain.money.Money;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * iyzico's {@code installmentDetails} as a card profile and installment options.
 *
 * <p>A plan maps as: count {@code installmentNumber}, principal the asked amount (each detail's
 * {@code price} must equal it: the integrity check), total {@code totalPrice} (what the customer
 * pays; {@code installmentPrice} is iyzico's rounded share and is not used, the schedule is the
 * total allocated exactly), the customer's rate derived from the two amounts
 * ({@link InstallmentRates}), and the merchant's commission <b>unknown</b>: iyzico does not report
 * it, and 0 would read as a free plan.
 *
 * <p>With a BIN, iyzico answers one detail, whose card becomes the profile: bank
 * {@code bankName}, brand {@code cardAssociation}, family {@code cardFamilyName}, kind from
 * {@code commercial}, type from {@code cardType}, 3-D Secure required from {@code force3ds}.
 * Without one (<b>assumed</b>: a detail per card family), the profile is unknown and each plan's
 * channel is its card family. One unusable plan makes the whole answer unusable: a quote with
 * silently missing plans would be ranked as if complete.
 */
final class IyzicoPlans {

  private IyzicoPlans() {}

  /** The card of a BIN's single detail; unknown when there are several (no BIN was sent). */
  static Either<String, CardProfile> card(java.util.List<IyzicoInstallmentDetail> details) {
    if (details.size() != 1) {
      return Either.right(CardProfile.unknown());
    }
    IyzicoInstallmentDetail detail = details.get(0);
    return CardProfile.of(detail.bankName(), detail.cardAssociation(), detail.cardFamilyName(),
            kind(detail.commercial()), type(detail.cardType()))
        .mapLeft(refusal -> "installmentDetails[0]: " + refusal.message())
        .map(profile -> detail.force3ds() == null ? profile
            : profile.withThreeDSecureRequired(detail.force3ds() == 1));
  }

  /** Every plan of every detail, in iyzico's order, or the first problem. */
  static Either<String, List<InstallmentOption>> options(
      java.util.List<IyzicoInstallmentDetail> details, Money asked, boolean perFamily) {
    List<InstallmentOption> options = List.empty();
    for (int d = 0; d < details.size(); d++) {
      IyzicoInstallmentDetail detail = details.get(d);
      String name = "installmentDetails[" + d + "]";
      if (detail == null) {
        return Either.left(name + " is null");
      }
      Option<String> mismatch = AmountIntegrity.problem(asked, Option.of(detail.price()),
          Option.none(), name + ".price", name + ".currency");
      if (mismatch.isDefined()) {
        return Either.left(mismatch.get());
      }
      if (detail.installmentPrices() == null || detail.installmentPrices().isEmpty()) {
        return Either.left(name + ".installmentPrices is missing");
      }
      Option<String> channel = perFamily ? Option.of(detail.cardFamilyName()) : Option.none();
      for (int p = 0; p < detail.installmentPrices().size(); p++) {
        Either<String, InstallmentOption> option = option(detail.installmentPrices().get(p),
            name + ".installmentPrices[" + p + "]", asked, channel);
        if (option.isLeft()) {
          return Either.left(option.getLeft());
        }
        options = options.append(option.get());
      }
    }
    return Either.right(options);
  }

  private static Either<String, InstallmentOption> option(IyzicoInstallmentPrice plan,
      String name, Money asked, Option<String> channel) {
    if (plan == null || plan.installmentNumber() == null || plan.totalPrice() == null) {
      return Either.left(name + " lacks installmentNumber or totalPrice");
    }
    Either<String, Money> total = Money.of(plan.totalPrice(), asked.currency())
        .mapLeft(refusal -> name + ".totalPrice " + refusal.message());
    if (total.isLeft()) {
      return Either.left(total.getLeft());
    }
    Either<String, BigDecimal> rate =
        InstallmentRates.customerRate(asked, total.get(), name + ".totalPrice");
    if (rate.isLeft()) {
      return Either.left(rate.getLeft());
    }
    return InstallmentOption.ofUnreportedCommission(IyzicoProvider.ID, channel,
            plan.installmentNumber(), asked, rate.get(), total.get())
        .mapLeft(refusal -> name + ": " + refusal.message());
  }

  private static CardKind kind(Integer commercial) {
    if (commercial == null) {
      return CardKind.UNKNOWN;
    }
    return commercial == 1 ? CardKind.COMMERCIAL : CardKind.INDIVIDUAL;
  }

  private static CardType type(String cardType) {
    if (cardType == null) {
      return CardType.UNKNOWN;
    }
    return switch (cardType.trim().toUpperCase(Locale.ROOT)) {
      case "CREDIT_CARD" -> CardType.CREDIT;
      case "DEBIT_CARD" -> CardType.DEBIT;
      case "PREPAID_CARD" -> CardType.PREPAID;
      default -> CardType.UNKNOWN;
    };
  }
}
