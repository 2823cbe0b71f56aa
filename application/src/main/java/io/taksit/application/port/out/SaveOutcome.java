package io.taksit.application.port.out;

import io.taksit.domain.payment.Payment;

/** What {@link PaymentRepository#saveNew} did with a new payment. */
public sealed interface SaveOutcome {

  /** Stored; the first of its idempotency key. */
  record Inserted(Payment payment) implements SaveOutcome {}

  /** Not stored: the idempotency key already belongs to {@code existing}. */
  record KeyTaken(Payment existing) implements SaveOutcome {}

  /**
   * Not stored: the bill (same biller, same bill reference) already has a live payment under
   * another idempotency key, {@code existing}. A payment is live in every status but DECLINED, so
   * a bill has at most one live payment; a repository settles this atomically, like the key, so
   * that two host instances racing with two keys for one bill store one payment. When both the
   * key and the bill are taken the answer is {@link KeyTaken}: a replay is not a second payment.
   */
  record BillTaken(Payment existing) implements SaveOutcome {}
}
