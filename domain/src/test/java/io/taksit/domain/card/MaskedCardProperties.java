package io.taksit.domain.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taksit.domain.error.CardError;
import io.vavr.control.Option;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class MaskedCardProperties {

  private static final CardBin BIN = CardBin.of("435508").get();

  @Property(tries = 1000)
  void maskKeepsOnlyTheFirstSixAndLastFourDigits(@ForAll("pans") String pan) {
    String masked = MaskedCard.mask(pan).get();

    int length = pan.length();
    assertThat(masked).hasSize(length)
        .startsWith(pan.substring(0, 6))
        .endsWith(pan.substring(length - 4))
        .isNotEqualTo(pan);
    assertThat(masked.substring(6, length - 4)).matches("\\*+");
    assertThat(masked.replace("*", "")).hasSize(10);
  }

  @Property(tries = 1000)
  void maskLeavesAnythingButACardNumberAlone(@ForAll("notPans") String text) {
    assertThat(MaskedCard.mask(text)).isEqualTo(Option.none());
  }

  @Property(tries = 1000)
  void exactlyFourDigitsAreALastFour(@ForAll("fourDigits") String last) {
    MaskedCard card = MaskedCard.of(BIN, Option.some(last)).get();

    assertThat(card.bin()).isEqualTo(BIN);
    assertThat(card.lastFour()).isEqualTo(Option.some(last));
    assertThat(card).hasToString("435508******" + last);
  }

  @Property(tries = 1000)
  void otherDigitCountsAreNotALastFour(@ForAll("notFourDigits") String digits) {
    assertThat(MaskedCard.of(BIN, Option.some(digits)).getLeft())
        .isEqualTo(new CardError.WrongLastFourLength("lastFour", digits.length()));
  }

  @Example
  void lastFourMayBeUnknownButNotMalformed() {
    assertThat(MaskedCard.of(BIN, Option.none()).get()).isEqualTo(MaskedCard.ofBin(BIN))
        .hasToString("435508**********");
    assertThat(MaskedCard.of(BIN, Option.some("43a8")).getLeft())
        .isEqualTo(new CardError.NotDigits("lastFour"));
    assertThat(MaskedCard.of(BIN, Option.some(" ")).getLeft())
        .isEqualTo(new CardError.Missing("lastFour"));
    assertThatThrownBy(() -> new MaskedCard(BIN, Option.some("12345")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Example
  void maskOfATypicalCard() {
    assertThat(MaskedCard.mask("4355084355084358")).isEqualTo(Option.some("435508******4358"));
    assertThat(MaskedCard.mask(null)).isEqualTo(Option.none());
  }

  @Provide
  Arbitrary<String> pans() {
    return Arbitraries.strings().numeric().ofMinLength(12).ofMaxLength(19);
  }

  @Provide
  Arbitrary<String> notPans() {
    return Arbitraries.oneOf(
        Arbitraries.strings().numeric().ofMaxLength(11),
        Arbitraries.strings().numeric().ofMinLength(20).ofMaxLength(30),
        Arbitraries.strings().numeric().ofMinLength(11).ofMaxLength(18).map(d -> d + "-"),
        Arbitraries.strings().numeric().ofLength(16).map(d -> d.substring(0, 8) + " " + d));
  }

  @Provide
  Arbitrary<String> fourDigits() {
    return Arbitraries.strings().numeric().ofLength(4);
  }

  @Provide
  Arbitrary<String> notFourDigits() {
    return Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(12)
        .filter(digits -> digits.length() != 4);
  }
}
