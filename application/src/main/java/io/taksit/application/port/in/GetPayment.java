package io.taksit.application.port.in;

import io.taksit.application.failure.Failure;
import io.taksit.domain.payment.Payment;
import io.vavr.control.Either;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** One payment by its id. */
public interface GetPayment {

  Either<Failure, Payment> get(Query query);

  record Query(
      @NotBlank(message = "is required")
      @Pattern(regexp = "[A-Za-z0-9-]{1,36}", message = "must be 1 to 36 letters, digits or dashes")
      String paymentId) {}
}
