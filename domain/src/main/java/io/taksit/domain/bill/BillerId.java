package io.taksit.domain.bill;

import io.taksit.domain.error.InputError;
import io.taksit.domain.input.TextInput;
import io.vavr.control.Either;
import java.util.regex.Pattern;

/**
 * Taksit's own name for a biller (a provider's service), such as {@code momkn-362}. The shape is
 * narrow so it can travel in URLs, logs and keys without escaping.
 */
public record BillerId(String value) implements Comparable<BillerId> {

  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  /**
   * Guards constants in code; untrusted input goes through {@link #of}.
   *
   * @throws IllegalArgumentException if the value has the wrong shape
   */
  public BillerId {
    if (value == null || !SHAPE.matcher(value).matches()) {
      throw new IllegalArgumentException("use BillerId.of for untrusted input");
    }
  }

  /** A biller id from outside input, or why not. */
  public static Either<InputError, BillerId> of(String value) {
    return TextInput.matching("billerId", value, 64, SHAPE,
        "must be 1 to 64 letters, digits, dots, underscores, colons or dashes")
        .map(BillerId::new);
  }

  @Override
  public int compareTo(BillerId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
