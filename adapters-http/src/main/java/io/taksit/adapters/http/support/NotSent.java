package io.taksit.adapters.http.support;

import io.taksit.application.port.out.ReadOutcome;
import io.taksit.domain.bill.Biller;
import io.taksit.domain.money.Money;
import io.taksit.domain.payment.PaymentOutcome;
import io.taksit.domain.payment.ProviderAnswer;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.util.Currency;
import java.util.Objects;

/**
 * What an adapter refuses before sending anything, and how that refusal reads: a request the
 * provider cannot serve (a currency it does not quote in, an amount that is not positive) is
 * answered by Taksit itself, with no HTTP request, as a refusal that says so ({@code "; not
 * sent"}) and carries no provider answer.
 */
public final class NotSent {

  private static final String SUFFIX = "; not sent";

  private NotSent() {}

  /**
   * Why {@code amount} is not sent to a provider that serves only {@code served}, if it is not:
   * another currency, or an amount that is not positive.
   *
   * @param provider the provider's name as messages show it ("Teqpay")
   */
  public static Option<String> amountProblem(String provider, Money amount, Set<Currency> served) {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(amount, "amount");
    if (!served.contains(amount.currency())) {
      return Option.some(provider + " quotes in " + served.map(Currency::getCurrencyCode)
          .toList().sorted().mkString(", ") + " only, the amount is in " + amount.currencyCode());
    }
    if (!amount.isPositive()) {
      return Option.some(provider + " quotes positive amounts only, was " + amount);
    }
    return Option.none();
  }

  /**
   * Why a call for {@code biller} (and {@code amount}, if any) is not sent to a provider that
   * settles only in {@code served}, if it is not.
   */
  public static Option<String> billerProblem(String provider, Biller biller, Option<Money> amount,
      Set<Currency> served) {
    Objects.requireNonNull(provider, "provider");
    String currencies = served.map(Currency::getCurrencyCode).toList().sorted().mkString(", ");
    if (!served.contains(biller.currency())) {
      return Option.some(provider + " serves " + currencies + " only; biller " + biller.id().value()
          + " is in " + biller.currency().getCurrencyCode() + " (not sent)");
    }
    return amount.filter(money -> !served.contains(money.currency()))
        .map(money -> provider + " serves " + currencies + " only; the amount is in "
            + money.currencyCode() + " (not sent)");
  }

  /** A payment refused by Taksit before sending: provably never applied, safe to retry. */
  public static PaymentOutcome notProcessed(String reason) {
    return new PaymentOutcome.NotProcessed(ProviderAnswer.none(),
        Objects.requireNonNull(reason, "reason"), Option.none());
  }

  /** A read refused by Taksit before sending: the provider said nothing. */
  public static <T> ReadOutcome<T> refused(String reason) {
    return new ReadOutcome.Refused<>(ProviderAnswer.none(),
        Objects.requireNonNull(reason, "reason") + SUFFIX);
  }
}
