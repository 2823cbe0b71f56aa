package io.taksit.domain.bill;

import io.taksit.domain.error.InputError;
import io.taksit.domain.input.TextInput;
import io.vavr.control.Either;

/**
 * The customer's account at a biller: a billing account or subscriber number (Momkn
 * {@code BillingAccount}, Sipay {@code subscriber_no1}). Not a card number, so it may be shown and
 * logged; Taksit keeps it verbatim apart from surrounding whitespace.
 */
public record AccountRef(String value) {

  private static final String FIELD = "account";
  private static final int MAX_LENGTH = 64;

  /**
   * Guards constants in code; untrusted input goes through {@link #of}.
   *
   * @throws IllegalArgumentException if the value is missing, blank, too long or not trimmed
   */
  public AccountRef {
    if (!TextInput.required(FIELD, value, MAX_LENGTH).contains(value)) {
      throw new IllegalArgumentException("use AccountRef.of for untrusted input");
    }
  }

  /** An account reference from outside input (trimmed, 1 to 64 characters), or why not. */
  public static Either<InputError, AccountRef> of(String value) {
    return TextInput.required(FIELD, value, MAX_LENGTH).map(AccountRef::new);
  }

  @Override
  public String toString() {
    return value;
  }
}
