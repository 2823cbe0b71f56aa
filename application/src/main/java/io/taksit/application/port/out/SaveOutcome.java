package io.taksit.application.port.out;

import io.taksit.domain.payment.Payment;

/** What {@link PaymentRepository#saveNew} did with a new payment. */
public sealed interface SaveOutcome {

  /** Stored; the first of its idempotency key. */
  record Inserted(Payment payment) implements SaveOutcome {}

  /** Not stored: the idempotency key already belongs to {@code existing}. */
  record KeyTaken(Payment existing) implements SaveOutcome {}
}
