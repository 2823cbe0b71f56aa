package io.taksit.domain.input;

import io.taksit.domain.error.InputError;
import io.vavr.control.Either;
import java.util.regex.Pattern;

/**
 * The checks every textual identifier of the domain goes through: present, not blank, bounded,
 * free of control characters, and optionally of a given shape.
 */
public final class TextInput {

  private TextInput() {}

  /** The trimmed text, or the first rule it breaks, naming {@code field}. */
  public static Either<InputError, String> required(String field, String value, int maxLength) {
    if (value == null) {
      return Either.left(new InputError.Missing(field));
    }
    String trimmed = value.strip();
    if (trimmed.isEmpty()) {
      return Either.left(new InputError.Blank(field));
    }
    if (trimmed.length() > maxLength) {
      return Either.left(new InputError.TooLong(field, maxLength, trimmed.length()));
    }
    if (hasControlCharacter(trimmed)) {
      return Either.left(new InputError.Malformed(field, "must not contain control characters"));
    }
    return Either.right(trimmed);
  }

  /**
   * ASCII's control characters, C0 and DEL: what {@code \p{Cntrl}} matches, without a regular
   * expression, since every identifier on the payment path passes here.
   */
  private static boolean hasControlCharacter(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        return true;
      }
    }
    return false;
  }

  /** As {@link #required}, and the whole text must match {@code shape}, described by {@code rule}. */
  public static Either<InputError, String> matching(String field, String value, int maxLength,
      Pattern shape, String rule) {
    return required(field, value, maxLength).flatMap(text -> shape.matcher(text).matches()
        ? Either.right(text)
        : Either.left(new InputError.Malformed(field, rule)));
  }
}
