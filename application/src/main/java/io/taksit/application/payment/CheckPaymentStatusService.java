package io.taksit.application.payment;

import io.taksit.application.failure.Failure;
import io.taksit.application.port.in.CheckPaymentStatus;
import io.taksit.domain.payment.Payment;
import io.vavr.control.Either;
import java.util.Objects;

/** Asks the provider about one payment now, whatever its schedule says. */
public final class CheckPaymentStatusService implements CheckPaymentStatus {

  private final PaymentContext context;

  public CheckPaymentStatusService(PaymentContext context) {
    this.context = Objects.requireNonNull(context, "context");
  }

  @Override
  public Either<Failure, Payment> check(Command command) {
    return context.validator().validate(command)
        .flatMap(valid -> PaymentLookup.payment(context, valid.paymentId()))
        .flatMap(payment -> PaymentLookup.biller(context, payment)
            .flatMap(biller -> context.gateways().requireBillingFor(biller)
                .flatMap(gateway -> StatusResolution.resolve(context, payment, biller, gateway,
                    context.clock().instant()))));
  }
}
