package io.taksit.domain.payment;

import io.taksit.domain.error.InputError;
import io.taksit.domain.input.TextInput;
import io.vavr.control.Either;
import java.util.regex.Pattern;

/**
 * Taksit's own id of a payment. It doubles as the provider's de-duplication key (Momkn
 * {@code hostTransactionID}, Sipay external order id), so it must fit every provider's field:
 * letters, digits and dashes, at most 36 characters.
 */
public record PaymentId(String value) {

  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9-]{1,36}");

  public PaymentId {
    if (value == null || !SHAPE.matcher(value).matches()) {
      throw new IllegalArgumentException("use PaymentId.of for untrusted input");
    }
  }

  public static Either<InputError, PaymentId> of(String value) {
    return TextInput.matching("paymentId", value, 36, SHAPE,
        "must be 1 to 36 letters, digits or dashes").map(PaymentId::new);
  }

  @Override
  public String toString() {
    return value;
  }
}
