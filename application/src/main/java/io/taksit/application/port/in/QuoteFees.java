package io.taksit.application.port.in;

import io.taksit.application.failure.Failure;
import io.taksit.application.port.out.FeeQuotes.QuotedFee;
import io.taksit.application.validation.Amount;
import io.taksit.application.validation.CurrencyCode;
import io.vavr.control.Either;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Quotes the fee for paying an inquired bill: from the provider's fee call where it has one, else
 * from the biller's fee schedule. The amount is checked against the biller's amount rule and
 * payment policy first; an invalid amount never reaches the provider.
 */
public interface QuoteFees {

  Either<Failure, QuotedFee> quote(Command command);

  record Command(
      @NotBlank(message = "is required") @Size(max = 128, message = "must be at most 128 characters")
      String billReference,
      @NotNull(message = "is required") @Amount BigDecimal amount,
      @CurrencyCode String currency,
      @NotNull(message = "is required (may be empty)")
      Set<@NotNull @Positive(message = "sequences must be positive") Integer> invoices) {

    public Command {
      // Not Set.copyOf: it throws on a null element, which the validator must report instead.
      invoices = invoices == null ? null : Collections.unmodifiableSet(new LinkedHashSet<>(invoices));
    }
  }
}
