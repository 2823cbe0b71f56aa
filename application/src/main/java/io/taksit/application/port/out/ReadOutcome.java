package io.taksit.application.port.out;

import io.taksit.domain.payment.ProviderAnswer;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.Objects;

/**
 * The typed result of a read call to a provider (inquiry, fees, installments). Reads move no
 * money, so the payment taxonomy collapses to three rows: an answer, a refusal by the provider,
 * or no usable answer at all.
 */
public sealed interface ReadOutcome<T> {

  /** The provider answered with the value asked for. */
  record Answered<T>(T value) implements ReadOutcome<T> {
    public Answered { Objects.requireNonNull(value, "value"); }
  }

  /** The provider answered and said no (no bill for this account, unknown BIN...). */
  record Refused<T>(ProviderAnswer answer, String reason) implements ReadOutcome<T> {
    public Refused {
      Objects.requireNonNull(answer, "answer");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** No usable answer: unreachable, timed out, 5xx, 429, unreadable body. */
  record Failed<T>(String reason, Option<Duration> retryAfter) implements ReadOutcome<T> {
    public Failed {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(retryAfter, "retryAfter");
    }
  }

  static <T> ReadOutcome<T> answered(T value) {
    return new Answered<>(value);
  }

  static <T> ReadOutcome<T> failed(String reason) {
    return new Failed<>(reason, Option.none());
  }
}
