package io.taksit.domain.payment;

import io.taksit.domain.error.InputError;
import io.taksit.domain.input.TextInput;
import io.vavr.control.Either;
import java.util.regex.Pattern;

/**
 * The caller's promise that two requests are one payment: the same key with the same request
 * returns the same payment, never a second charge. Printable ASCII without spaces, 1 to 128
 * characters (a UUID, an order number, {@code order-42:installment-3}).
 */
public record IdempotencyKey(String value) {

  private static final Pattern SHAPE = Pattern.compile("[\\x21-\\x7E]{1,128}");

  public IdempotencyKey {
    if (value == null || !SHAPE.matcher(value).matches()) {
      throw new IllegalArgumentException("use IdempotencyKey.of for untrusted input");
    }
  }

  public static Either<InputError, IdempotencyKey> of(String value) {
    return TextInput.matching("idempotencyKey", value, 128, SHAPE,
        "must be 1 to 128 printable ASCII characters without spaces").map(IdempotencyKey::new);
  }

  @Override
  public String toString() {
    return value;
  }
}
