package io.taksit.domain.card;

/**
 * ASCII digit checks shared by the card types. {@link Character#isDigit} is not used on purpose: it
 * accepts Arabic-Indic and other script digits, which no provider takes in a card field.
 */
final class CardDigits {

  /** Shortest full card number (PAN) that ISO/IEC 7812 allows. */
  static final int MIN_PAN_LENGTH = 12;
  /** Longest full card number (PAN) that ISO/IEC 7812 allows. */
  static final int MAX_PAN_LENGTH = 19;

  private CardDigits() {}

  static boolean asciiDigitsOnly(CharSequence text) {
    if (text.length() == 0) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  static boolean panLength(int length) {
    return length >= MIN_PAN_LENGTH && length <= MAX_PAN_LENGTH;
  }
}
