package io.taksit.application.installment;

import io.taksit.application.port.in.QuoteInstallments.ProviderProblem;
import io.taksit.application.port.out.InstallmentGateway.InstallmentQuote;
import io.taksit.application.port.out.ReadOutcome;
import io.taksit.domain.card.CardProfile;
import io.taksit.domain.installment.InstallmentOffers;
import io.taksit.domain.installment.InstallmentOption;
import io.taksit.domain.money.Money;
import io.taksit.domain.provider.ProviderId;
import io.vavr.control.Option;
import java.time.Duration;

/**
 * What one installment provider gave for one quote: its card profile and offers, or the problem
 * that stands in for them. Exactly one of {@code offers} and {@code problem} is present.
 */
record ProviderReply(ProviderId provider, Option<CardProfile> card,
    Option<InstallmentOffers> offers, Option<ProviderProblem> problem) {

  static ProviderReply problem(ProviderId provider, ProviderProblem.Kind kind, String reason) {
    return new ProviderReply(provider, Option.none(), Option.none(),
        Option.some(new ProviderProblem(provider, kind, reason)));
  }

  static ProviderReply failed(ProviderId provider, String reason) {
    return problem(provider, ProviderProblem.Kind.FAILED, reason);
  }

  /** For a call that threw: the class name only, since a message may carry request data. */
  static ProviderReply threw(ProviderId provider, Throwable thrown) {
    return failed(provider, "the gateway failed: " + thrown.getClass().getSimpleName());
  }

  static ProviderReply timedOut(ProviderId provider, Duration timeout) {
    return problem(provider, ProviderProblem.Kind.TIMED_OUT,
        "no answer within " + timeout.toMillis() + " ms");
  }

  /**
   * Reads a provider's outcome for a quote of {@code principal}. An answer is kept only if every
   * plan is the provider's own and for the principal asked: anything else means the adapter or
   * the provider is broken, and its plans would compare totals of different purchases.
   */
  static ProviderReply of(ProviderId provider, Money principal,
      ReadOutcome<InstallmentQuote> outcome) {
    if (outcome instanceof ReadOutcome.Answered<InstallmentQuote> answered) {
      return answered(provider, principal, answered.value());
    }
    if (outcome instanceof ReadOutcome.Refused<InstallmentQuote> refused) {
      String words = refused.answer().message().getOrElse(refused.reason());
      return problem(provider, ProviderProblem.Kind.REFUSED,
          words + refused.answer().code().map(code -> " (code " + code + ")").getOrElse(""));
    }
    if (outcome instanceof ReadOutcome.Failed<InstallmentQuote> failed) {
      return failed(provider, failed.reason()
          + failed.retryAfter().map(d -> "; retry after " + d.toSeconds() + " s").getOrElse(""));
    }
    return failed(provider, "the gateway returned no outcome");
  }

  private static ProviderReply answered(ProviderId provider, Money principal,
      InstallmentQuote quote) {
    if (quote.card() == null || quote.options() == null) {
      return failed(provider, "integrity: the answer has no card profile or no plan list");
    }
    Option<InstallmentOption> foreign = quote.options()
        .find(option -> option != null && !option.provider().equals(provider));
    if (foreign.isDefined()) {
      return failed(provider, "integrity: the answer holds a plan of provider "
          + foreign.get().provider());
    }
    return InstallmentOffers.of(principal, quote.options()).fold(
        refused -> failed(provider, "integrity: " + refused.message()),
        offers -> new ProviderReply(provider, Option.some(quote.card()), Option.some(offers),
            Option.none()));
  }
}
