package io.taksit.domain.card;

import io.taksit.domain.error.CardError;
import io.vavr.control.Either;

/**
 * The bank identification number: the first 6 to 8 digits of a card. It names the issuer and the
 * card programme and is not secret, so it may be shown and logged. It is the most of a card number
 * the domain accepts: a full card number offered here is refused without being echoed back.
 */
public record CardBin(String digits) {

  /** Shortest BIN: the historic 6-digit issuer prefix, all Paywall takes. */
  public static final int MIN_LENGTH = 6;
  /** Longest BIN: the 8-digit prefix of ISO/IEC 7812 since 2017. */
  public static final int MAX_LENGTH = 8;

  private static final String FIELD = "bin";

  /** Guards the invariant; untrusted text goes through {@link #of}, which refuses as a value. */
  public CardBin {
    if (digits == null || !CardDigits.asciiDigitsOnly(digits) || !binLength(digits.length())) {
      throw new IllegalArgumentException("use CardBin.of for untrusted input");
    }
  }

  /**
   * A BIN from outside input, or why not. Surrounding spaces are not trimmed and separators are not
   * removed: a caller that cleans card text should cut it down to the BIN itself.
   */
  public static Either<CardError, CardBin> of(String text) {
    if (text == null || text.isBlank()) {
      return Either.left(new CardError.Missing(FIELD));
    }
    if (!CardDigits.asciiDigitsOnly(text)) {
      return Either.left(new CardError.NotDigits(FIELD));
    }
    int length = text.length();
    if (binLength(length)) {
      return Either.right(new CardBin(text));
    }
    if (CardDigits.panLength(length)) {
      return Either.left(new CardError.FullCardNumberRefused(FIELD));
    }
    return Either.left(new CardError.WrongBinLength(FIELD, length));
  }

  /** The 6-digit prefix, for providers that take no longer BIN (Paywall {@code binnumber}). */
  public String first6() {
    return digits.substring(0, MIN_LENGTH);
  }

  /** The number of digits, 6 to 8. */
  public int length() {
    return digits.length();
  }

  private static boolean binLength(int length) {
    return length >= MIN_LENGTH && length <= MAX_LENGTH;
  }

  /** The digits themselves: a BIN is not secret. */
  @Override
  public String toString() {
    return digits;
  }
}
