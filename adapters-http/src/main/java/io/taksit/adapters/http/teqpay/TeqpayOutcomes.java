package io.taksit.adapters.http.teqpay;

import io.taksit.application.port.out.InstallmentGateway.InstallmentQuote;
import io.taksit.application.port.out.ReadOutcome;
import io.taksit.domain.card.CardProfile;
import io.taksit.domain.money.Money;
import io.taksit.domain.payment.ProviderAnswer;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * Teqpay's envelope on the outcome taxonomy of a read. {@code Result} false or a
 * {@code ResultCode} other than {@code 10000} is a refusal, with {@code ResultCode} and
 * {@code ResultMessage} kept verbatim. A success needs at least one of the two flags and neither
 * saying no; an answer with neither (some other JSON) is not an answer. A success whose rows
 * cannot be read, or are for another amount, fails. Teqpay says nothing about the card, so the
 * card profile is always unknown.
 */
final class TeqpayOutcomes {

  /** {@code ResultCode} of a successful call (documented). */
  static final String SUCCESS = "10000";

  private final TeqpayOptions options;

  TeqpayOutcomes(TeqpayOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  ReadOutcome<InstallmentQuote> classify(TeqpayInstallmentResponse response, Money asked) {
    Boolean result = response.result();
    String code = response.resultCode();
    String message = response.resultMessage();
    if (result == null && code == null) {
      return ReadOutcome.failed("Teqpay answer has neither Result nor ResultCode");
    }
    if (Boolean.FALSE.equals(result) || (code != null && !SUCCESS.equals(code.strip()))) {
      ProviderAnswer answer =
          new ProviderAnswer(Option.none(), Option.of(code), Option.of(message));
      return new ReadOutcome.Refused<>(answer, "Teqpay refused the inquiry (Result " + result
          + ", ResultCode " + code + ")" + (message == null ? "" : ": " + message));
    }
    return options.of(response.details(), asked).fold(
        problem -> ReadOutcome.failed("Teqpay answer unusable: " + problem),
        plans -> ReadOutcome.answered(new InstallmentQuote(CardProfile.unknown(), plans)));
  }
}
