package io.taksit.application.fakes;

import io.taksit.domain.card.CardKind;
import io.taksit.domain.card.CardProfile;
import io.taksit.domain.card.CardType;
import io.taksit.domain.installment.InstallmentOption;
import io.taksit.domain.money.Currencies;
import io.taksit.domain.money.Money;
import io.taksit.domain.provider.ProviderId;
import io.vavr.control.Option;
import java.math.BigDecimal;

/**
 * Installment plans and card profiles shaped like the providers' documented examples (Paywall's
 * 30.00 TRY rows with channel {@code payjumptestt}, Teqpay's commission-inside-the-price rows), for
 * {@link FakeInstallmentGateway} answers.
 */
public final class FakeInstallmentGatewayPlans {

  /** Paywall's sandbox gateway (channel) name in its documented answer. */
  public static final String PAYWALL_CHANNEL = "payjumptestt";

  private FakeInstallmentGatewayPlans() {}

  /** An amount in Turkish lira, such as {@code "30.00"}. */
  public static Money lira(String amount) {
    return Money.of(new BigDecimal(amount), Currencies.TRY).get();
  }

  /** A Paywall plan: the customer pays {@code interest} percent on top, the total as reported. */
  public static InstallmentOption paywall(int count, String principal, String interest,
      String commission, String total) {
    return InstallmentOption.of(new ProviderId("paywall"), Option.some(PAYWALL_CHANNEL), count,
        lira(principal), new BigDecimal(interest), new BigDecimal(commission), lira(total)).get();
  }

  /** A Teqpay plan with the commission inside the price: the customer pays the principal. */
  public static InstallmentOption teqpay(int count, String principal, String merchantRate) {
    return InstallmentOption.of(new ProviderId("teqpay"), Option.none(), count, lira(principal),
        BigDecimal.ZERO, new BigDecimal(merchantRate), lira(principal)).get();
  }

  /** A card as Paywall describes a Bonus credit card. */
  public static CardProfile paywallCard() {
    return CardProfile.of("Garanti Bankası", "Master Card", "Bonus", CardKind.INDIVIDUAL,
        CardType.CREDIT).get();
  }

  /** The same card as Teqpay reports it, with fewer details. */
  public static CardProfile teqpayCard() {
    return CardProfile.of("GARANTI", "MASTERCARD", null, CardKind.UNKNOWN, CardType.CREDIT).get();
  }
}
