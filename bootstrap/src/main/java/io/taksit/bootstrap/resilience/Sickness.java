package io.taksit.bootstrap.resilience;

import io.taksit.adapters.http.support.HttpOutcomes;
import io.taksit.adapters.http.support.HttpResult;
import io.taksit.application.port.out.ReadOutcome;
import io.taksit.domain.payment.PaymentOutcome;

/**
 * Which outcomes show a provider sick, for its circuit breaker: no connection, 5xx, timeouts,
 * resets and unreadable answers. The reasons are told apart by the prefixes the shared HTTP
 * mapping writes ({@link HttpResult#NOT_SENT}, {@link HttpOutcomes#DUPLICATE}), named once there.
 * An answer, even a refusal (declined, invalid input, throttled,
 * a duplicate to resolve), shows the provider alive and never counts against it.
 */
final class Sickness {

  private Sickness() {}

  /** A payment that could not reach the provider, or got no trustworthy answer from it. */
  static boolean ofPayment(PaymentOutcome outcome) {
    if (outcome instanceof PaymentOutcome.Unknown unknown) {
      return unknown.asked() && !unknown.reason().startsWith(HttpOutcomes.DUPLICATE);
    }
    return outcome instanceof PaymentOutcome.NotProcessed notProcessed
        && notProcessed.retryAfter().isEmpty()
        && notProcessed.reason().startsWith(HttpResult.NOT_SENT);
  }

  /** A status question that got no trustworthy answer, or could not be asked. */
  static boolean ofStatus(PaymentOutcome outcome) {
    return outcome instanceof PaymentOutcome.Unknown unknown
        && !unknown.reason().startsWith(HttpOutcomes.DUPLICATE);
  }

  /** A read that failed: no readable answer, whatever the reason. */
  static boolean ofRead(ReadOutcome<?> outcome) {
    return outcome instanceof ReadOutcome.Failed<?> failed && failed.retryAfter().isEmpty();
  }
}
