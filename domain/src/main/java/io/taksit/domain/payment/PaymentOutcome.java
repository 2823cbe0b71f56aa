package io.taksit.domain.payment;

import io.vavr.control.Option;
import java.time.Duration;
import java.util.Objects;

/**
 * The typed result of a payment or status call to a provider: one of the five rows of the status
 * taxonomy, the provider's own answer, and {@code reason}, Taksit's one-line account of why the
 * call was classified so ("HTTP 503 after the request was sent", "Code 0").
 *
 * <p>Gateways return these for every provider answer; they never throw for a business answer.
 */
public sealed interface PaymentOutcome {

  ProviderAnswer answer();

  String reason();

  OutcomeKind kind();

  /** The provider confirmed the money moved. */
  record Approved(ProviderAnswer answer, String reason) implements PaymentOutcome {
    public Approved { requireParts(answer, reason); }
    @Override public OutcomeKind kind() { return OutcomeKind.APPROVED; }
  }

  /** The provider processed the payment and refused it (no funds, bad account). */
  record Declined(ProviderAnswer answer, String reason) implements PaymentOutcome {
    public Declined { requireParts(answer, reason); }
    @Override public OutcomeKind kind() { return OutcomeKind.DECLINED; }
  }

  /** Provably never applied; {@code retryAfter} when the provider asked us to wait (HTTP 429). */
  record NotProcessed(ProviderAnswer answer, String reason, Option<Duration> retryAfter)
      implements PaymentOutcome {
    public NotProcessed {
      requireParts(answer, reason);
      Objects.requireNonNull(retryAfter, "retryAfter");
    }
    @Override public OutcomeKind kind() { return OutcomeKind.NOT_PROCESSED; }
  }

  /** Accepted; the result comes later. */
  record Pending(ProviderAnswer answer, String reason) implements PaymentOutcome {
    public Pending { requireParts(answer, reason); }
    @Override public OutcomeKind kind() { return OutcomeKind.PENDING; }
  }

  /**
   * Sent, but nothing trustworthy came back (timeout, 5xx, reset, garbage, amount mismatch).
   *
   * <p>{@code asked} is false for a status question that never reached the provider (its token
   * call failed, its circuit breaker is open, the connection was refused before sending): it
   * teaches nothing about the payment, so it uses up none of the payment's scheduled checks.
   */
  record Unknown(ProviderAnswer answer, String reason, boolean asked) implements PaymentOutcome {
    public Unknown { requireParts(answer, reason); }

    /** An answer that was asked for and is inconclusive. */
    public Unknown(ProviderAnswer answer, String reason) {
      this(answer, reason, true);
    }

    /** A status question that never reached the provider: not a check. */
    public static Unknown notAsked(String reason) {
      return new Unknown(ProviderAnswer.none(), reason, false);
    }

    @Override public OutcomeKind kind() { return OutcomeKind.UNKNOWN; }
  }

  private static void requireParts(ProviderAnswer answer, String reason) {
    Objects.requireNonNull(answer, "answer");
    Objects.requireNonNull(reason, "reason");
  }
}
