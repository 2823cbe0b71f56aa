package io.taksit.application.port.in;

import io.taksit.application.failure.Failure;
import io.taksit.domain.bill.Bill;
import io.vavr.control.Either;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Asks a biller's provider what an account owes. */
public interface InquireBill {

  Either<Failure, Bill> inquire(Command command);

  /**
   * @param billerId the biller (service) to ask, e.g. {@code momkn-362}
   * @param account the billing account / subscriber number
   * @param fields extra service fields by key (Sipay {@code subscriber_no2}...), may be empty
   */
  record Command(
      @NotBlank(message = "is required") @Size(max = 64, message = "must be at most 64 characters")
      String billerId,
      @NotBlank(message = "is required") @Size(max = 64, message = "must be at most 64 characters")
      String account,
      @NotNull(message = "is required (may be empty)")
      Map<@NotBlank(message = "keys must not be blank") String,
          @NotNull(message = "values are required")
          @Size(max = 256, message = "values must be at most 256 characters") String> fields) {

    public Command {
      // Not Map.copyOf: it throws on a null key or value, which the validator must report instead.
      fields = fields == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
  }
}
