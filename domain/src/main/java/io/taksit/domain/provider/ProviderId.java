package io.taksit.domain.provider;

import io.taksit.domain.error.InputError;
import io.taksit.domain.input.TextInput;
import io.vavr.control.Either;
import java.util.regex.Pattern;

/**
 * Which provider (gateway) an answer came from or a biller is served by, such as {@code momkn}.
 * Lower case letters, digits and dashes. An open value, not a closed list: each provider declares
 * its own id (its {@code ProviderPlugin}), and the domain knows none of them.
 */
public record ProviderId(String value) implements Comparable<ProviderId> {

  private static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9-]{0,31}");

  public ProviderId {
    if (value == null || !SHAPE.matcher(value).matches()) {
      throw new IllegalArgumentException("use ProviderId.of for untrusted input");
    }
  }

  /** A provider id from outside input, or why not. */
  public static Either<InputError, ProviderId> of(String value) {
    return TextInput.matching("provider", value, 32, SHAPE,
        "must be 1 to 32 lower-case letters, digits or dashes, starting with a letter")
        .map(ProviderId::new);
  }

  @Override
  public int compareTo(ProviderId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
