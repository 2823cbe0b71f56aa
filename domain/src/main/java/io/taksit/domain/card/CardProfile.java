package io.taksit.domain.card;

import io.taksit.domain.error.CardError;
import io.taksit.domain.error.InputError;
import io.taksit.domain.input.TextInput;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * What a provider tells about a card from its BIN: issuing bank, brand (Visa, Master Card), card
 * family (Paywall's Bonus, World, Paraf...), kind and type, and whether the provider requires 3-D
 * Secure for it (iyzico's {@code force3ds}). Every part may be missing: Paywall answers
 * {@code CardFamily: null} for many cards, and nothing at all without a BIN; only iyzico says
 * anything about 3-D Secure.
 */
public record CardProfile(Option<String> bank, Option<String> brand, Option<String> family,
    CardKind kind, CardType type, Option<Boolean> threeDSecureRequired) {

  /** Longest profile text kept; bank names are the longest seen, far below this. */
  public static final int MAX_TEXT_LENGTH = 128;

  private static final CardProfile UNKNOWN =
      new CardProfile(Option.none(), Option.none(), Option.none(), CardKind.UNKNOWN,
          CardType.UNKNOWN);

  /** A profile that says nothing about 3-D Secure. */
  public CardProfile(Option<String> bank, Option<String> brand, Option<String> family,
      CardKind kind, CardType type) {
    this(bank, brand, family, kind, type, Option.none());
  }

  /** Guards the invariant; provider text goes through {@link #of}, which refuses as a value. */
  public CardProfile {
    Objects.requireNonNull(bank, "bank");
    Objects.requireNonNull(brand, "brand");
    Objects.requireNonNull(family, "family");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(threeDSecureRequired, "threeDSecureRequired");
    if (!clean(bank) || !clean(brand) || !clean(family)) {
      throw new IllegalArgumentException("use CardProfile.of for untrusted input");
    }
  }

  /** Nothing known about the card. */
  public static CardProfile unknown() {
    return UNKNOWN;
  }

  /**
   * A profile from provider text: null or blank text means "not reported" and becomes none,
   * other text is trimmed; text too long or holding control characters is refused.
   */
  public static Either<CardError, CardProfile> of(String bank, String brand, String family,
      CardKind kind, CardType type) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(type, "type");
    return optionalText("bank", bank).flatMap(b ->
        optionalText("brand", brand).flatMap(r ->
            optionalText("family", family).map(f -> new CardProfile(b, r, f, kind, type))));
  }

  /** This profile, saying whether the provider requires 3-D Secure for the card. */
  public CardProfile withThreeDSecureRequired(boolean required) {
    return new CardProfile(bank, brand, family, kind, type, Option.some(required));
  }

  private static Either<CardError, Option<String>> optionalText(String field, String value) {
    if (value == null || value.isBlank()) {
      return Either.right(Option.none());
    }
    return TextInput.required(field, value, MAX_TEXT_LENGTH)
        .<CardError>mapLeft(refused -> new CardError.InvalidProfileText(field, ruleOf(refused)))
        .map(Option::some);
  }

  private static String ruleOf(InputError refused) {
    if (refused instanceof InputError.TooLong tooLong) {
      return "must be at most " + tooLong.maxLength() + " characters, was "
          + tooLong.actualLength();
    }
    if (refused instanceof InputError.Malformed malformed) {
      return malformed.rule();
    }
    return "is not usable text";
  }

  private static boolean clean(Option<String> text) {
    return text.forAll(value -> value != null
        && TextInput.required("text", value, MAX_TEXT_LENGTH).exists(value::equals));
  }
}
