package io.taksit.bootstrap.observability;

import io.taksit.application.port.out.ReadOutcome;
import io.taksit.domain.payment.PaymentOutcome;
import java.util.Locale;

/**
 * What one provider call came to, as the {@code outcome} tag names it: the payment taxonomy for
 * payments and status checks, three rows for reads. A closed set, so the tag stays bounded.
 */
public enum CallOutcome {
  APPROVED(true),
  DECLINED(true),
  PENDING(true),
  NOT_PROCESSED(true),
  UNKNOWN(false),
  ANSWERED(true),
  REFUSED(true),
  FAILED(false);

  private final boolean answered;

  CallOutcome(boolean answered) {
    this.answered = answered;
  }

  /** Whether the provider gave an answer Taksit could read (a refusal is an answer). */
  public boolean answered() {
    return answered;
  }

  public String tag() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static CallOutcome of(PaymentOutcome outcome) {
    return switch (outcome.kind()) {
      case APPROVED -> APPROVED;
      case DECLINED -> DECLINED;
      case PENDING -> PENDING;
      case NOT_PROCESSED -> NOT_PROCESSED;
      case UNKNOWN -> UNKNOWN;
    };
  }

  public static CallOutcome of(ReadOutcome<?> outcome) {
    if (outcome instanceof ReadOutcome.Answered<?>) {
      return ANSWERED;
    }
    return outcome instanceof ReadOutcome.Refused<?> ? REFUSED : FAILED;
  }
}
