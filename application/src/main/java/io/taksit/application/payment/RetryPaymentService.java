package io.taksit.application.payment;

import io.taksit.application.failure.Failure;
import io.taksit.application.port.in.RetryPayment;
import io.taksit.domain.payment.Payment;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * Sends a NOT_PROCESSED payment again. The move back to CREATED is stored first, under optimistic
 * locking, so two concurrent retries cannot both send: the loser finds the payment no longer
 * NOT_PROCESSED and is refused.
 */
public final class RetryPaymentService implements RetryPayment {

  private final PaymentContext context;
  private final PayBillService sender;

  public RetryPaymentService(PaymentContext context, PayBillService sender) {
    this.context = Objects.requireNonNull(context, "context");
    this.sender = Objects.requireNonNull(sender, "sender");
  }

  @Override
  public Either<Failure, Payment> retry(Command command) {
    return context.validator().validate(command)
        .flatMap(valid -> PaymentLookup.payment(context, valid.paymentId()))
        .flatMap(payment -> PaymentLookup.biller(context, payment)
            .flatMap(biller -> context.gateways().requireBillingFor(biller)
                .flatMap(gateway -> context.recorder()
                    .apply(payment, p -> p.retry(context.clock().instant(), context.sendingSchedule()))
                    .flatMap(reopened -> sender.send(reopened, biller, gateway)))));
  }
}
