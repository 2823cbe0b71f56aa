package io.taksit.application.payment;

import io.taksit.application.failure.Failure;
import io.taksit.application.port.out.BillingGateway;
import io.taksit.domain.bill.Biller;
import io.taksit.domain.payment.Payment;
import io.taksit.domain.payment.PaymentOutcome;
import io.taksit.domain.payment.ProviderAnswer;
import io.vavr.control.Either;
import java.time.Instant;

/**
 * Asks a provider about one payment and applies the answer. A gateway without a status call gives
 * an inconclusive answer, so the payment walks its check schedule into review rather than being
 * asked forever.
 */
final class StatusResolution {

  private StatusResolution() {}

  static Either<Failure, Payment> resolve(PaymentContext context, Payment payment, Biller biller,
      BillingGateway gateway, Instant now) {
    PaymentOutcome answer = gateway.capabilities().statusChecks()
        ? context.calls().moneyCall(() -> gateway.checkStatus(PaymentLookup.statusRequest(payment, biller)))
        : new PaymentOutcome.Unknown(ProviderAnswer.none(),
            gateway.provider() + " has no status call; a person must confirm the outcome");
    return context.recorder().apply(payment,
        p -> p.recordStatusAnswer(answer, now, context.schedule()));
  }
}
