package io.taksit.domain.payment;

/**
 * How sure Taksit is of what happened to a payment (Kill Bill's taxonomy). How a payment
 * moves between them is declared in {@link PaymentTransitions}.
 */
public enum PaymentStatus {
  /** Recorded before the provider is called; a provider call may be in flight. */
  CREATED,
  /** The provider accepted the payment and will settle it later: ask for its status. */
  PENDING,
  /** The provider confirmed the money moved. Terminal. */
  SUCCEEDED,
  /** The provider processed and refused the payment. Terminal. */
  DECLINED,
  /** Provably never applied by the provider: the only status a payment may be retried from. */
  NOT_PROCESSED,
  /** Sent, but no trustworthy answer came back: only a status answer may resolve it. */
  UNKNOWN;

  /** SUCCEEDED and DECLINED never change again: {@link PaymentTransitions} has no row out. */
  public boolean isTerminal() {
    return PaymentTransitions.isTerminal(this);
  }

  /**
   * Statuses a provider's status answer may resolve (CREATED: the process may have died
   * mid-call), as {@link PaymentTransitions} declares them.
   */
  public boolean isAwaitingResolution() {
    return PaymentTransitions.awaitsStatusAnswer(this);
  }
}
