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

  /** The value was absent or blank. */
  record Missing(String field) implements CardError {
    @Override public String code() { return "card.missing"; }
    @Override public String message() { return field + " is required"; }
  }

  /** The last four digits of a card are exactly four digits. */
  record WrongLastFourLength(String field, int length) implements CardError {
    @Override public String code() { return "card.wrong_last_four_length"; }
    @Override public String message() {
      return field + " must be exactly the last 4 digits of the card, had " + length;
    }
  }

  /**
   * A card profile text (bank, brand, family) that cannot be kept: too long or holding control
   * characters, which would let a provider's answer forge lines in a host's logs.
   */
  record InvalidProfileText(String field, String rule) implements CardError {
    @Override public String code() { return "card.invalid_profile_text"; }
    @Override public String message() { return field + " " + rule; }
  }
}
