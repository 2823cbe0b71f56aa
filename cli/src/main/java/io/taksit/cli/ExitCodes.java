package io.taksit.cli;

import io.taksit.application.failure.Failure;
import io.taksit.domain.payment.PaymentStatus;

/**
 * What the {@code taksit} process answers, for scripts. Every failure and every payment status is
 * mapped here on purpose, and the table is documented in {@code docs/configuration.md}.
 */
final class ExitCodes {

  /** Done: the inquiry, quote or listing answered; the payment SUCCEEDED. */
  static final int OK = 0;
  /** A business refusal: declined, invalid amount or request, unknown id, already paid. */
  static final int REFUSED = 1;
  /** The command line or the configuration is wrong (a card number instead of a BIN too). */
  static final int USAGE = 2;
  /**
   * The store cannot be opened: a configuration or storage fault found before any provider was
   * called, so nothing is unsettled (the same 2 as {@link #USAGE}: fix the set-up, run again).
   */
  static final int STORAGE = 2;
  /** A provider could not be reached, or the payment's outcome is not settled. */
  static final int UNSETTLED = 3;

  private ExitCodes() {}

  static int of(PaymentStatus status) {
    return switch (status) {
      case SUCCEEDED -> OK;
      case DECLINED -> REFUSED;
      // Provably not charged, but not done either: retry it (same key) once the cause is gone.
      case NOT_PROCESSED -> UNSETTLED;
      // May be charged or may still be: check its status, never pay it again blindly.
      case CREATED, PENDING, UNKNOWN -> UNSETTLED;
    };
  }

  static int of(Failure failure) {
    if (failure instanceof Failure.ProviderUnavailable
        || failure instanceof Failure.OutcomeNotRecorded
        || failure instanceof Failure.ConcurrentUpdate) {
      return UNSETTLED;
    }
    if (failure instanceof Failure.InvalidRequest
        || failure instanceof Failure.Refused
        || failure instanceof Failure.NotFound
        || failure instanceof Failure.BillerInactive
        || failure instanceof Failure.IdempotencyConflict
        || failure instanceof Failure.BillAlreadyPaid
        || failure instanceof Failure.FeeChanged
        || failure instanceof Failure.ProviderRefused
        || failure instanceof Failure.Unsupported) {
      return REFUSED;
    }
    throw new IllegalArgumentException("no exit code for " + failure.getClass().getName());
  }
}
