package io.taksit.domain.payment;

import io.vavr.control.Option;

/**
 * What the provider itself said, kept verbatim for audit and support: its reference for the
 * transaction (Momkn {@code Brn}, Sipay {@code transaction_id}), its code and its message (in
 * Turkish or Arabic as it came). All optional: a timeout leaves nothing.
 */
public record ProviderAnswer(Option<String> reference, Option<String> code, Option<String> message) {

  private static final ProviderAnswer NONE = new ProviderAnswer(Option.none(), Option.none(), Option.none());

  public ProviderAnswer {
    java.util.Objects.requireNonNull(reference, "reference");
    java.util.Objects.requireNonNull(code, "code");
    java.util.Objects.requireNonNull(message, "message");
  }

  /** No answer at all (timeout, reset, unreadable body). */
  public static ProviderAnswer none() {
    return NONE;
  }

  public static ProviderAnswer of(String reference, String code, String message) {
    return new ProviderAnswer(Option.of(reference), Option.of(code), Option.of(message));
  }
}
