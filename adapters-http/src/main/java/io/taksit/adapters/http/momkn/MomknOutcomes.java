package io.taksit.adapters.http.momkn;

import io.taksit.adapters.http.support.AmountIntegrity;
import io.taksit.domain.money.Money;
import io.taksit.domain.payment.PaymentOutcome;
import io.taksit.domain.payment.ProviderAnswer;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * Classifies Momkn's payment and status answers (HTTP 200 envelopes) into the outcome taxonomy.
 * Every rule below except "{@code Code} is a number" is <b>assumed</b>: Momkn documents no code
 * table and no status call.
 *
 * <table>
 *   <caption>Payment answer</caption>
 *   <tr><th>answer</th><th>outcome</th></tr>
 *   <tr><td>{@code amount} present and not the amount paid</td><td>UNKNOWN (integrity)</td></tr>
 *   <tr><td>no {@code Code}</td><td>UNKNOWN</td></tr>
 *   <tr><td>{@code Code} 0</td><td>APPROVED, reference {@code Brn}</td></tr>
 *   <tr><td>a configured not-processed code ({@code -13}, {@code -16})</td><td>NOT_PROCESSED</td></tr>
 *   <tr><td>any other code</td><td>DECLINED</td></tr>
 * </table>
 *
 * <table>
 *   <caption>Status answer</caption>
 *   <tr><th>answer</th><th>outcome</th></tr>
 *   <tr><td>{@code amount} present and not the amount paid</td><td>UNKNOWN (integrity)</td></tr>
 *   <tr><td>{@code Code} -16, or {@code Status} NotFound</td><td>NOT_PROCESSED</td></tr>
 *   <tr><td>another non-zero {@code Code}, or none</td><td>UNKNOWN</td></tr>
 *   <tr><td>{@code Status} Success / Failed / Pending (any case)</td><td>APPROVED / DECLINED / PENDING</td></tr>
 *   <tr><td>any other or no {@code Status}</td><td>UNKNOWN</td></tr>
 * </table>
 *
 * <p>The provider's {@code Brn}, {@code Code} and {@code Message} go into the outcome verbatim.
 */
final class MomknOutcomes {

  /** Momkn's "no data" code: for a status question, the payment was never received. */
  static final int NO_DATA = -16;

  private final Set<Integer> notProcessedCodes;

  MomknOutcomes(Set<Integer> notProcessedCodes) {
    this.notProcessedCodes = Objects.requireNonNull(notProcessedCodes, "notProcessedCodes");
  }

  PaymentOutcome payment(MomknPaymentResponse answer, Money paid) {
    ProviderAnswer said = MomknMapper.INSTANCE.answer(answer);
    Option<String> integrity = integrity(paid, answer.amount());
    if (integrity.isDefined()) {
      return new PaymentOutcome.Unknown(said, integrity.get());
    }
    Integer code = answer.code();
    if (code == null) {
      return new PaymentOutcome.Unknown(said, "payment answer without Code");
    }
    if (code == 0) {
      return new PaymentOutcome.Approved(said, "Code 0");
    }
    if (notProcessedCodes.contains(code)) {
      return new PaymentOutcome.NotProcessed(said,
          "Code " + code + ": refused before processing", Option.none());
    }
    return new PaymentOutcome.Declined(said, "Code " + code + ": declined by Momkn");
  }

  PaymentOutcome status(MomknStatusResponse answer, Money paid) {
    ProviderAnswer said = MomknMapper.INSTANCE.answer(answer);
    Option<String> integrity = integrity(paid, answer.amount());
    if (integrity.isDefined()) {
      return new PaymentOutcome.Unknown(said, "status " + integrity.get());
    }
    Integer code = answer.code();
    if (code == null) {
      return new PaymentOutcome.Unknown(said, "status answer without Code");
    }
    if (code == NO_DATA) {
      return new PaymentOutcome.NotProcessed(said,
          "status Code -16: Momkn has no such payment", Option.none());
    }
    if (code != 0) {
      return new PaymentOutcome.Unknown(said, "status answer with Code " + code);
    }
    String status = answer.status() == null ? "" : answer.status().trim().toLowerCase(Locale.ROOT);
    return switch (status) {
      case "success" -> new PaymentOutcome.Approved(said, "status Success");
      case "failed" -> new PaymentOutcome.Declined(said, "status Failed");
      case "pending" -> new PaymentOutcome.Pending(said, "status Pending");
      case "notfound" -> new PaymentOutcome.NotProcessed(said,
          "status NotFound: Momkn never received the payment", Option.none());
      default -> new PaymentOutcome.Unknown(said, answer.status() == null
          ? "status answer without Status" : "unknown Status '" + answer.status() + "'");
    };
  }

  /**
   * A payment answered 409 (a duplicate {@code hostTransactionID}) as the status call resolved
   * it. Momkn has seen the key, so a status of "never received" contradicts the 409 and leaves
   * the payment UNKNOWN rather than open to a retry.
   */
  static PaymentOutcome afterDuplicate(PaymentOutcome status, String conflict) {
    String reason = conflict + "; status: " + status.reason();
    return switch (status.kind()) {
      case APPROVED -> new PaymentOutcome.Approved(status.answer(), reason);
      case DECLINED -> new PaymentOutcome.Declined(status.answer(), reason);
      case PENDING -> new PaymentOutcome.Pending(status.answer(), reason);
      case NOT_PROCESSED -> new PaymentOutcome.Unknown(status.answer(),
          reason + " (contradicts the duplicate)");
      case UNKNOWN -> new PaymentOutcome.Unknown(status.answer(), reason);
    };
  }

  private static Option<String> integrity(Money paid, BigDecimal answered) {
    return AmountIntegrity.problem(paid, Option.of(answered), Option.none(), "amount", "currency");
  }
}
