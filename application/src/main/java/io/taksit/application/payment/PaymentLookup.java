package io.taksit.application.payment;

import io.taksit.application.failure.Failure;
import io.taksit.application.query.PaymentById;
import io.taksit.application.port.out.BillingGateway;
import io.taksit.domain.bill.Biller;
import io.taksit.domain.payment.Payment;
import io.vavr.control.Either;

/** Finds a stored payment with its biller and gateway, for the use cases that act on one. */
final class PaymentLookup {

  private PaymentLookup() {}

  static Either<Failure, Payment> payment(PaymentContext context, String rawId) {
    return PaymentById.find(context.payments(), rawId);
  }

  /** The biller of a payment, even if since switched off: a sent payment must still be resolved. */
  static Either<Failure, Biller> biller(PaymentContext context, Payment payment) {
    return context.catalog().find(payment.details().billerId())
        .<Either<Failure, Biller>>map(Either::right)
        .getOrElse(() -> Either.left(new Failure.NotFound("biller",
            payment.details().billerId().value())));
  }

  static BillingGateway.StatusRequest statusRequest(Payment payment, Biller biller) {
    return new BillingGateway.StatusRequest(payment.id(), biller, payment.details().account(),
        payment.details().billReference(), payment.details().amount());
  }
}
