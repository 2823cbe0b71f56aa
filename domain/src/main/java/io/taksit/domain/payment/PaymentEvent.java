package io.taksit.domain.payment;

import java.time.Instant;

/**
 * Every change of a payment, as a fact. The payment keeps them all (append-only); a host receives
 * the new ones through the application's event port.
 */
public sealed interface PaymentEvent {

  PaymentId paymentId();

  Instant at();

  /** The status after the event. */
  PaymentStatus status();

  /** The payment was recorded, before any provider call. */
  record Created(PaymentId paymentId, Instant at) implements PaymentEvent {
    @Override public PaymentStatus status() { return PaymentStatus.CREATED; }
  }

  /** A payment call was answered (or failed) and classified. */
  record OutcomeRecorded(PaymentId paymentId, Instant at, PaymentStatus from, PaymentStatus status,
      int attempt, OutcomeKind outcome, String reason) implements PaymentEvent {}

  /** A not-processed payment is sent again, with the same de-duplication key. */
  record RetryStarted(PaymentId paymentId, Instant at, PaymentStatus from, PaymentStatus status,
      int attempt) implements PaymentEvent {}

  /** The provider was asked for the payment's status and answered (perhaps inconclusively). */
  record StatusChecked(PaymentId paymentId, Instant at, PaymentStatus from, PaymentStatus status,
      int check, OutcomeKind answer, String reason) implements PaymentEvent {}

  /**
   * An operator settled a payment no provider answer could settle (flagged for review, or still
   * UNKNOWN), with who, why and the evidence (a provider reference, a ticket).
   */
  record Resolved(PaymentId paymentId, Instant at, PaymentStatus from, PaymentStatus status,
      OperatorResolution resolution) implements PaymentEvent {}

  /** Checks ran out without a conclusive answer: a person must look. The status stays. */
  record FlaggedForReview(PaymentId paymentId, Instant at, PaymentStatus status, String reason)
      implements PaymentEvent {}
}
