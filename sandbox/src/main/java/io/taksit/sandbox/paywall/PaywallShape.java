package io.taksit.sandbox.paywall;

/** Which of the two documented Paywall answer shapes the sandbox writes. */
public enum PaywallShape {
  /** With {@code ErrorCodeType}, {@code ErrorMessage}, {@code PaymentGatewayId/Name} (seed 002). */
  CURRENT,
  /** Without them (seed 001): adapters must read both. */
  OLDER
}
