package io.taksit.adapters.http.paywall;

import io.taksit.adapters.http.support.AmountIntegrity;
import io.taksit.adapters.http.support.ErrorEnvelope;
import io.taksit.adapters.http.support.HttpOutcomes;
import io.taksit.adapters.http.support.HttpResult;
import io.taksit.application.port.out.InstallmentGateway.InstallmentQuote;
import io.taksit.application.port.out.ReadOutcome;
import io.taksit.domain.card.CardProfile;
import io.taksit.domain.installment.InstallmentOption;
import io.taksit.domain.money.Money;
import io.taksit.domain.payment.ProviderAnswer;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * Classifies an installment answer of Paywall:
 *
 * <table>
 *   <caption>Paywall installment answer → read outcome</caption>
 *   <tr><th>answer</th><th>outcome</th></tr>
 *   <tr><td>no readable 2xx (HTTP fault, timeout, reset, empty or malformed body)</td>
 *       <td>as {@link HttpOutcomes#forRead}: 400 refused, the rest failed</td></tr>
 *   <tr><td>neither {@code ErrorCode} nor {@code Result}</td><td>failed (not a Paywall envelope)</td></tr>
 *   <tr><td>{@code ErrorCode} ≠ 0 or {@code Result} false</td>
 *       <td>refused, {@code Message} / {@code ErrorMessage} verbatim, {@code ErrorCode} as code</td></tr>
 *   <tr><td>{@code Body} null, or no {@code Options}</td><td>answered, no options</td></tr>
 *   <tr><td>an option's {@code RawAmount} ≠ the asked amount</td>
 *       <td>failed: "integrity check failed: Options[i].RawAmount ..."</td></tr>
 *   <tr><td>an option Taksit cannot hold, or card text it cannot keep</td>
 *       <td>failed, naming the option and the rule</td></tr>
 *   <tr><td>otherwise</td><td>answered: the card profile and every option</td></tr>
 * </table>
 *
 * <p>Why one bad option fails the whole answer instead of being skipped: an option that breaks a
 * rule (a count outside 1–36, a negative rate, a total with more decimals than the currency has,
 * an amount for another principal) means this answer is not what Taksit thinks it is, and the
 * remaining rows of the same answer deserve no more trust. Skipping it silently would also hide
 * the provider's best plan from the ranking without anyone knowing; a failed quote is reported,
 * and the other providers' offers are still shown.
 */
final class PaywallOutcomes {

  /** Paywall's envelope on its HTTP errors too: {@code ErrorCode}, {@code Message}, {@code ErrorMessage}. */
  static final ErrorEnvelope ERRORS =
      ErrorEnvelope.of("Paywall", "ErrorCode", "Message", "ErrorMessage");

  private final PaywallMapper mapper;

  PaywallOutcomes(PaywallMapper mapper) {
    this.mapper = Objects.requireNonNull(mapper, "mapper");
  }

  ReadOutcome<InstallmentQuote> of(HttpResult<PaywallInstallmentResponse> result, Money asked) {
    if (!(result instanceof HttpResult.Answered<PaywallInstallmentResponse> answered)) {
      return HttpOutcomes.forRead(result, ERRORS);
    }
    PaywallInstallmentResponse response = answered.body();
    if (response.errorCode() == null && response.result() == null) {
      return ReadOutcome.failed("not a Paywall answer: neither ErrorCode nor Result");
    }
    if (!succeeded(response)) {
      return refused(response);
    }
    PaywallInstallmentResponse.Body body = response.body();
    if (body == null) {
      return ReadOutcome.answered(new InstallmentQuote(CardProfile.unknown(), List.empty()));
    }
    List<PaywallInstallmentResponse.Plan> plans = body.options() == null
        ? List.empty()
        : List.ofAll(body.options()).filter(Objects::nonNull);
    Option<String> integrity = integrityProblem(plans, asked);
    if (integrity.isDefined()) {
      return ReadOutcome.failed(integrity.get());
    }
    Either<String, CardProfile> card = mapper.card(body);
    if (card.isLeft()) {
      return ReadOutcome.failed("unusable Paywall answer: " + card.getLeft());
    }
    Either<String, List<InstallmentOption>> options = options(plans, asked);
    return options.isLeft()
        ? ReadOutcome.failed("unusable Paywall answer: " + options.getLeft())
        : ReadOutcome.answered(new InstallmentQuote(card.get(), options.get()));
  }

  /** {@code ErrorCode} 0 and {@code Result} true; an absent one does not contradict the other. */
  private static boolean succeeded(PaywallInstallmentResponse response) {
    return (response.errorCode() == null || response.errorCode() == 0)
        && (response.result() == null || response.result());
  }

  private ReadOutcome<InstallmentQuote> refused(PaywallInstallmentResponse response) {
    ProviderAnswer answer = mapper.answer(response);
    String reason = "Paywall refused the installment inquiry (ErrorCode "
        + response.errorCode()
        + Option.of(response.errorCodeType()).map(type -> ", ErrorCodeType " + type).getOrElse("")
        + ", Result " + response.result() + ")"
        + answer.message().map(message -> ": " + message).getOrElse(" without a message");
    return new ReadOutcome.Refused<>(answer, reason);
  }

  /**
   * The first option whose {@code RawAmount} is not the asked amount. An absent {@code RawAmount}
   * is not checked, as {@link AmountIntegrity} does for every absent field. Paywall echoes no
   * currency: the currency asked is the one quoted.
   */
  private static Option<String> integrityProblem(List<PaywallInstallmentResponse.Plan> plans,
      Money asked) {
    return plans.zipWithIndex()
        .map(indexed -> AmountIntegrity.problem(asked, Option.of(indexed._1.rawAmount()),
            Option.none(), "Options[" + indexed._2 + "].RawAmount", "currency"))
        .find(Option::isDefined)
        .flatMap(problem -> problem);
  }

  private Either<String, List<InstallmentOption>> options(
      List<PaywallInstallmentResponse.Plan> plans, Money asked) {
    List<InstallmentOption> options = List.empty();
    for (var indexed : plans.zipWithIndex()) {
      Either<String, InstallmentOption> option = mapper.option(indexed._1, asked);
      if (option.isLeft()) {
        return Either.left("Options[" + indexed._2 + "]: " + option.getLeft());
      }
      options = options.append(option.get());
    }
    return Either.right(options);
  }
}
