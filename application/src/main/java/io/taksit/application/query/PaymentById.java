package io.taksit.application.query;

import io.taksit.application.failure.Failure;
import io.taksit.application.failure.Failures;
import io.taksit.application.port.out.PaymentRepository;
import io.taksit.domain.payment.Payment;
import io.taksit.domain.payment.PaymentId;
import io.vavr.control.Either;

/** A stored payment named by a caller's raw id: a badly formed id or an unknown one is a failure. */
public final class PaymentById {

  private PaymentById() {}

  public static Either<Failure, Payment> find(PaymentRepository payments, String rawId) {
    return PaymentId.of(rawId).<Failure>mapLeft(e -> Failures.fromInput("paymentId", e))
        .flatMap(id -> payments.findById(id)
            .<Either<Failure, Payment>>map(Either::right)
            .getOrElse(() -> Either.left(new Failure.NotFound("payment", id.value()))));
  }
}
