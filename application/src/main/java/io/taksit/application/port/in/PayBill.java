package io.taksit.application.port.in;

import io.taksit.application.failure.Failure;
import io.taksit.application.validation.Amount;
import io.taksit.application.validation.CurrencyCode;
import io.taksit.domain.payment.Payment;
import io.vavr.control.Either;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Pays an inquired bill, at most once per idempotency key: the same key with the same request
 * answers the same payment without calling the provider again, whatever its state; the same key
 * with a different request is a conflict. The payment is recorded before the provider is called.
 */
public interface PayBill {

  Either<Failure, Payment> pay(Command command);

  /**
   * @param feeQuoteId the quote the customer accepted (from {@link QuoteFees}), or
   * @param acceptedTotal the total the customer accepted; exactly one of the two
   */
  record Command(
      @NotBlank(message = "is required")
      @Pattern(regexp = "[\\x21-\\x7E]{1,128}",
          message = "must be 1 to 128 printable ASCII characters without spaces")
      String idempotencyKey,
      @NotBlank(message = "is required") @Size(max = 128, message = "must be at most 128 characters")
      String billReference,
      @NotNull(message = "is required") @Amount BigDecimal amount,
      @CurrencyCode String currency,
      @NotNull(message = "is required (may be empty)")
      Set<@NotNull @Positive(message = "sequences must be positive") Integer> invoices,
      @Size(min = 1, max = 64, message = "must be 1 to 64 characters") String feeQuoteId,
      @Amount BigDecimal acceptedTotal) {

    public Command {
      // Not Set.copyOf: it throws on a null element, which the validator must report instead.
      invoices = invoices == null ? null : Collections.unmodifiableSet(new LinkedHashSet<>(invoices));
    }

    /** Read by the validator as the property {@code feeAcceptance}. */
    @AssertTrue(message = "name exactly one of feeQuoteId or acceptedTotal")
    public boolean isFeeAcceptance() {
      return (feeQuoteId == null) != (acceptedTotal == null);
    }
  }
}
