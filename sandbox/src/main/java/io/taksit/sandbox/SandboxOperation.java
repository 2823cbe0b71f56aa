package io.taksit.sandbox;

/** What a request to the sandbox asks a provider to do; fault plans choose by it. */
public enum SandboxOperation {
  /** Momkn {@code authenticate}, Sipay {@code /connect/token}. */
  AUTH,
  /** Momkn inquiry, Sipay {@code GetInvoicesByProductAndSubscriber}. */
  INQUIRY,
  /** Momkn fees. */
  FEES,
  /** Momkn payment (and its retry), Sipay {@code MakePayment}: the only money-moving calls. */
  PAY,
  /** Momkn status. */
  STATUS,
  /** Paywall {@code installment}, Teqpay {@code installmentinfo}. */
  INSTALLMENTS
}
