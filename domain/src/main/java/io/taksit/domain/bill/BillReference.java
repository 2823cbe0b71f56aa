package io.taksit.domain.bill;

import io.taksit.domain.error.InputError;
import io.taksit.domain.input.TextInput;
import io.vavr.control.Either;

/**
 * The provider's handle on one inquiry answer, sent back on fees and payment so the provider
 * knows which bill is paid: Momkn {@code Brn}, Sipay {@code inv_payment_transaction_query_oid}.
 * Opaque to Taksit and kept verbatim apart from surrounding whitespace.
 */
public record BillReference(String value) {

  private static final String FIELD = "billReference";
  private static final int MAX_LENGTH = 128;

  /**
   * Guards constants in code; untrusted input goes through {@link #of}.
   *
   * @throws IllegalArgumentException if the value is missing, blank, too long or not trimmed
   */
  public BillReference {
    if (!TextInput.required(FIELD, value, MAX_LENGTH).contains(value)) {
      throw new IllegalArgumentException("use BillReference.of for untrusted input");
    }
  }

  /** A bill reference from a provider answer (trimmed, 1 to 128 characters), or why not. */
  public static Either<InputError, BillReference> of(String value) {
    return TextInput.required(FIELD, value, MAX_LENGTH).map(BillReference::new);
  }

  @Override
  public String toString() {
    return value;
  }
}
