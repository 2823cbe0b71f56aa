package io.taksit.domain.payment;

import java.time.Instant;
import java.util.Objects;

/**
 * One answered payment call to the provider. Attempts are only ever appended: a retry is a new
 * attempt carrying the same provider de-duplication key, with {@code retry} set (Momkn
 * {@code isRetry}).
 */
public record Attempt(int number, boolean retry, Instant sentAt, Instant answeredAt,
    OutcomeKind outcome, ProviderAnswer answer, String reason) {

  public Attempt {
    if (number < 1) {
      throw new IllegalArgumentException("attempt numbers start at 1");
    }
    Objects.requireNonNull(sentAt, "sentAt");
    Objects.requireNonNull(answeredAt, "answeredAt");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(answer, "answer");
    Objects.requireNonNull(reason, "reason");
  }
}
