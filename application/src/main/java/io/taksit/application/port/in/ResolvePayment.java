package io.taksit.application.port.in;

import io.taksit.application.failure.Failure;
import io.taksit.domain.payment.Payment;
import io.vavr.control.Either;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An operator settles a payment no provider answer could settle — flagged for review, or still
 * UNKNOWN — as SUCCEEDED or DECLINED, saying who, why and on what evidence (Kill Bill's manual
 * "fix transaction state"). Recorded as an event; a SUCCEEDED or DECLINED payment never changes.
 */
public interface ResolvePayment {

  Either<Failure, Payment> resolve(Command command);

  record Command(
      @NotBlank(message = "is required")
      @Pattern(regexp = "[A-Za-z0-9-]{1,36}", message = "must be 1 to 36 letters, digits or dashes")
      String paymentId,
      @NotBlank(message = "is required")
      @Pattern(regexp = "SUCCEEDED|DECLINED", message = "must be SUCCEEDED or DECLINED")
      String status,
      @NotBlank(message = "is required") @Size(max = 64, message = "must be at most 64 characters")
      String operator,
      @NotBlank(message = "is required") @Size(max = 500, message = "must be at most 500 characters")
      String reason,
      @NotBlank(message = "is required") @Size(max = 128, message = "must be at most 128 characters")
      String evidence) {}
}
