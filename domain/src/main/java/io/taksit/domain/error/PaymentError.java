package io.taksit.domain.error;

/** Refusals of the payment state machine. An illegal transition is an answer, never a no-op. */
public sealed interface PaymentError extends DomainError {

  /**
   * {@code action} is not allowed while the payment is {@code status}; {@code rule} says which
   * statuses allow it.
   */
  record IllegalTransition(String paymentId, String status, String action, String rule)
      implements PaymentError {
    @Override public String code() { return "payment.illegal_transition"; }
    @Override public String message() {
      return "payment " + paymentId + " is " + status + ": cannot " + action + " (" + rule + ")";
    }
  }
}
