package io.taksit.application.payment;

import io.taksit.application.failure.Failure;
import io.taksit.application.port.in.ResolvePayment;
import io.taksit.domain.payment.OperatorResolution;
import io.taksit.domain.payment.Payment;
import io.taksit.domain.payment.PaymentStatus;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * {@link ResolvePayment}: validate, look the payment up, let the aggregate decide whether an
 * operator may settle it, store the change and its event. No provider is called.
 */
public final class ResolvePaymentService implements ResolvePayment {

  private final PaymentContext context;

  public ResolvePaymentService(PaymentContext context) {
    this.context = Objects.requireNonNull(context, "context");
  }

  @Override
  public Either<Failure, Payment> resolve(Command command) {
    return context.validator().validate(command)
        .flatMap(valid -> OperatorResolution.of(valid.operator(), valid.reason(),
                valid.evidence())
            .<Failure>mapLeft(Failure.Refused::new)
            .flatMap(resolution -> PaymentLookup.payment(context, valid.paymentId())
                .flatMap(payment -> context.recorder().apply(payment, p -> p.resolve(
                    PaymentStatus.valueOf(valid.status()), resolution,
                    context.clock().instant())))));
  }
}
