package io.taksit.application.payment;

import io.taksit.application.failure.Failure;
import io.taksit.application.failure.Failures;
import io.taksit.application.port.out.BillingGateway;
import io.taksit.domain.bill.Biller;
import io.taksit.domain.payment.Payment;
import io.taksit.domain.payment.PaymentId;
import io.vavr.control.Either;

/** Finds a stored payment with its biller and gateway, for the use cases that act on one. */
final class PaymentLookup {

  private PaymentLookup() {}

  static Either<Failure, Payment> payment(PaymentContext context, String rawId) {
    return PaymentId.of(rawId).<Failure>mapLeft(e -> Failures.fromInput("paymentId", e))
        .flatMap(id -> context.payments().findById(id)
            .<Either<Failure, Payment>>map(Either::right)
            .getOrElse(() -> Either.left(new Failure.NotFound("payment", id.value()))));
  }

  /** The biller of a payment, even if since switched off: a sent payment must still be resolved. */
  static Either<Failure, Biller> biller(PaymentContext context, Payment payment) {
    return context.catalog().find(payment.details().billerId())
        .<Either<Failure, Biller>>map(Either::right)
        .getOrElse(() -> Either.left(new Failure.NotFound("biller",
            payment.details().billerId().value())));
  }

  static Either<Failure, BillingGateway> gateway(PaymentContext context, Biller biller) {
    return context.gateways().billingFor(biller)
        .<Either<Failure, BillingGateway>>map(Either::right)
        .getOrElse(() -> Either.left(new Failure.NotFound("gateway", biller.provider().value())));
  }

  static BillingGateway.StatusRequest statusRequest(Payment payment, Biller biller) {
    return new BillingGateway.StatusRequest(payment.id(), biller, payment.details().account(),
        payment.details().billReference(), payment.details().amount());
  }
}
