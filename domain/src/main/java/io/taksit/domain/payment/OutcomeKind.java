package io.taksit.domain.payment;

/** The five things a provider call can tell us. */
public enum OutcomeKind {
  APPROVED,
  DECLINED,
  NOT_PROCESSED,
  PENDING,
  UNKNOWN;

  /** The status this answer to a payment call leads to, as {@link PaymentTransitions} declares. */
  public PaymentStatus resultingStatus() {
    return PaymentTransitions.next(PaymentStatus.CREATED, PaymentTransitions.Answer.toPayCall(this))
        .get();
  }
}
