package io.taksit.adapters.http.iyzico;

import io.taksit.application.port.out.InstallmentGateway.InstallmentQuote;
import io.taksit.application.port.out.ReadOutcome;
import io.taksit.domain.card.CardProfile;
import io.taksit.domain.money.Money;
import io.taksit.domain.payment.ProviderAnswer;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Locale;

/**
 * iyzico's envelope as an outcome. {@code status} "failure" (sent with HTTP 200 for business
 * errors) is a refusal carrying {@code errorCode} and {@code errorMessage}; "success" is an
 * answer once its {@code conversationId} matches the one sent and every plan is usable; anything
 * else, or a success naming another conversation, is a failed read (the answer cannot be trusted
 * to be ours).
 */
final class IyzicoOutcomes {

  private IyzicoOutcomes() {}

  static ReadOutcome<InstallmentQuote> of(IyzicoInstallmentResponse response, Money asked,
      String conversationId, boolean perFamily) {
    String status = response.status() == null ? "" : response.status().trim()
        .toLowerCase(Locale.ROOT);
    if (status.equals("failure")) {
      ProviderAnswer answer = new ProviderAnswer(Option.none(), Option.of(response.errorCode()),
          Option.of(response.errorMessage()));
      return new ReadOutcome.Refused<>(answer, "iyzico refused the inquiry (errorCode "
          + response.errorCode() + (response.errorGroup() == null ? ""
              : ", errorGroup " + response.errorGroup()) + ")"
          + (response.errorMessage() == null ? "" : ": " + response.errorMessage()));
    }
    if (!status.equals("success")) {
      return ReadOutcome.failed("iyzico answer has no status success or failure");
    }
    if (!conversationId.equals(response.conversationId())) {
      return ReadOutcome.failed("iyzico answered another conversation (conversationId "
          + response.conversationId() + ", sent " + conversationId + ")");
    }
    java.util.List<IyzicoInstallmentDetail> details = response.installmentDetails() == null
        ? java.util.List.of() : response.installmentDetails();
    Either<String, CardProfile> card = IyzicoPlans.card(details);
    if (card.isLeft()) {
      return ReadOutcome.failed("iyzico answer unusable: " + card.getLeft());
    }
    return IyzicoPlans.options(details, asked, perFamily).fold(
        problem -> ReadOutcome.failed("iyzico answer unusable: " + problem),
        plans -> ReadOutcome.answered(new InstallmentQuote(card.get(), plans)));
  }
}
