package io.taksit.domain.error;

/**
 * Refusals of card input. Messages never repeat the digits they were given: a refused value may be
 * a full card number, and it must not travel on into logs.
 */
public sealed interface CardError extends DomainError {

  /** Only digits are allowed (spaces and dashes are not stripped: send the BIN alone). */
  record NotDigits(String field) implements CardError {
    @Override public String code() { return "card.not_digits"; }
    @Override public String message() { return field + " must contain digits only"; }
  }

  /** A BIN is the first 6 to 8 digits of a card number. */
  record WrongBinLength(String field, int length) implements CardError {
    @Override public String code() { return "card.wrong_bin_length"; }
    @Override public String message() {
      return field + " must be a BIN of 6 to 8 digits, had " + length;
    }
  }

  /** A full card number (PAN) was offered: only a BIN may enter Taksit. */
  record FullCardNumberRefused(String field) implements CardError {
    @Override public String code() { return "card.full_number_refused"; }
    @Override public String message() {
      return field + " looks like a full card number; send only the BIN (its first 6 to 8 digits)";
    }
  }
}
