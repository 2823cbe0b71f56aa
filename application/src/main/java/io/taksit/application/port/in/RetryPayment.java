package io.taksit.application.port.in;

import io.taksit.application.failure.Failure;
import io.taksit.domain.payment.Payment;
import io.vavr.control.Either;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * Sends a NOT_PROCESSED payment again with the same provider de-duplication key and the provider's
 * retry flag. Any other status is refused: an UNKNOWN payment may already have been charged.
 */
public interface RetryPayment {

  Either<Failure, Payment> retry(Command command);

  record Command(
      @NotBlank(message = "is required")
      @Pattern(regexp = "[A-Za-z0-9-]{1,36}", message = "must be 1 to 36 letters, digits or dashes")
      String paymentId) {}
}
