package io.taksit.domain.card;

import io.taksit.domain.error.CardError;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * The most Taksit ever keeps of a card: its BIN and, when a provider reports them, its last four
 * digits. Together they let a person recognise the card on a receipt; they cannot be charged.
 */
public record MaskedCard(CardBin bin, Option<String> lastFour) {

  private static final int LAST_FOUR = 4;
  private static final char MASK = '*';
  private static final String FIELD_LAST_FOUR = "lastFour";

  /** Guards the invariant; untrusted text goes through {@link #of}, which refuses as a value. */
  public MaskedCard {
    Objects.requireNonNull(bin, "bin");
    Objects.requireNonNull(lastFour, "lastFour");
    if (lastFour.exists(last -> last == null || last.length() != LAST_FOUR
        || !CardDigits.asciiDigitsOnly(last))) {
      throw new IllegalArgumentException("use MaskedCard.of for untrusted input");
    }
  }

  /** A masked card whose last four digits are unknown. */
  public static MaskedCard ofBin(CardBin bin) {
    return new MaskedCard(bin, Option.none());
  }

  /** A masked card from a BIN and, if known, exactly four digits, or why not. */
  public static Either<CardError, MaskedCard> of(CardBin bin, Option<String> lastFour) {
    Objects.requireNonNull(bin, "bin");
    Objects.requireNonNull(lastFour, "lastFour");
    if (lastFour.isEmpty()) {
      return Either.right(ofBin(bin));
    }
    String last = lastFour.get();
    if (last == null || last.isBlank()) {
      return Either.left(new CardError.Missing(FIELD_LAST_FOUR));
    }
    if (!CardDigits.asciiDigitsOnly(last)) {
      return Either.left(new CardError.NotDigits(FIELD_LAST_FOUR));
    }
    if (last.length() != LAST_FOUR) {
      return Either.left(new CardError.WrongLastFourLength(FIELD_LAST_FOUR, last.length()));
    }
    return Either.right(new MaskedCard(bin, lastFour));
  }

  /**
   * The loggable form of a full card number: its first 6 and last 4 digits with a star for every
   * digit between ({@code 4111111111111111} → {@code 411111******1111}), or none when the text is
   * not a bare 12 to 19 digit card number. Meant for log filters: the result is built from the
   * two ends only, so no middle digit is copied anywhere.
   */
  public static Option<String> mask(String cardNumber) {
    if (cardNumber == null || !CardDigits.panLength(cardNumber.length())
        || !CardDigits.asciiDigitsOnly(cardNumber)) {
      return Option.none();
    }
    int length = cardNumber.length();
    StringBuilder masked = new StringBuilder(length);
    masked.append(cardNumber, 0, CardBin.MIN_LENGTH);
    for (int i = CardBin.MIN_LENGTH; i < length - LAST_FOUR; i++) {
      masked.append(MASK);
    }
    masked.append(cardNumber, length - LAST_FOUR, length);
    return Option.some(masked.toString());
  }

  /**
   * The BIN, six stars and the last four digits (or four stars when unknown). The real number of
   * hidden digits is not known, so the stars are a fixed width, not a claim about the card length.
   */
  @Override
  public String toString() {
    return bin.digits() + "******" + lastFour.getOrElse("****");
  }
}
