package io.taksit.cli.view;

import io.taksit.domain.payment.Attempt;
import io.taksit.domain.payment.OutcomeKind;

/** One call of a payment to its provider, and what the provider said (null when nothing). */
public record AttemptRow(int number, boolean retry, String sentAt, String answeredAt,
    OutcomeKind outcome, String reason, String providerReference, String providerCode,
    String providerMessage) {

  static AttemptRow of(Attempt attempt) {
    return new AttemptRow(attempt.number(), attempt.retry(), attempt.sentAt().toString(),
        attempt.answeredAt().toString(), attempt.outcome(), attempt.reason(),
        attempt.answer().reference().getOrNull(), attempt.answer().code().getOrNull(),
        attempt.answer().message().getOrNull());
  }

  /** How a payment's text sums up its last attempt: {@code  (last: DECLINED, insufficient)}. */
  String lastText() {
    return " (last: " + outcome + ", " + reason + ")";
  }
}
