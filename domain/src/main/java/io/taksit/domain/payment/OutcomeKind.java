package io.taksit.domain.payment;

/** The five things a provider call can tell us, and the payment status each one leads to. */
public enum OutcomeKind {
  APPROVED(PaymentStatus.SUCCEEDED),
  DECLINED(PaymentStatus.DECLINED),
  NOT_PROCESSED(PaymentStatus.NOT_PROCESSED),
  PENDING(PaymentStatus.PENDING),
  UNKNOWN(PaymentStatus.UNKNOWN);

  private final PaymentStatus resultingStatus;

  OutcomeKind(PaymentStatus resultingStatus) {
    this.resultingStatus = resultingStatus;
  }

  public PaymentStatus resultingStatus() {
    return resultingStatus;
  }
}
