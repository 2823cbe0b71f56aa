package io.taksit.application.query;

import io.taksit.application.failure.Failure;
import io.taksit.application.port.in.GetPayment;
import io.taksit.application.port.out.PaymentRepository;
import io.taksit.application.validation.CommandValidator;
import io.taksit.domain.payment.Payment;
import io.vavr.control.Either;
import java.util.Objects;

/** Reads one payment by its id, as stored: a read never calls a provider. */
public final class GetPaymentService implements GetPayment {

  private final CommandValidator validator;
  private final PaymentRepository payments;

  public GetPaymentService(CommandValidator validator, PaymentRepository payments) {
    this.validator = Objects.requireNonNull(validator, "validator");
    this.payments = Objects.requireNonNull(payments, "payments");
  }

  @Override
  public Either<Failure, Payment> get(Query query) {
    return validator.validate(query).flatMap(valid -> PaymentById.find(payments, valid.paymentId()));
  }
}
