package io.taksit.domain.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taksit.domain.error.CardError;
import io.vavr.control.Either;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CardBinProperties {

  @Property(tries = 1000)
  void sixToEightDigitsAreABin(@ForAll("bins") String digits) {
    CardBin bin = CardBin.of(digits).get();

    assertThat(bin.digits()).isEqualTo(digits);
    assertThat(bin.length()).isEqualTo(digits.length());
    assertThat(bin.first6()).isEqualTo(digits.substring(0, 6)).hasSize(6);
    assertThat(bin).hasToString(digits);
  }

  @Property(tries = 1000)
  void aFullCardNumberIsRefusedWithoutEchoingIt(@ForAll("pans") String pan) {
    Either<CardError, CardBin> refused = CardBin.of(pan);

    assertThat(refused.getLeft()).isEqualTo(new CardError.FullCardNumberRefused("bin"));
    String shown = refused.getLeft().message() + refused.getLeft().code() + refused.getLeft();
    assertThat(shown).doesNotContain(pan).doesNotContainPattern("\\d{4,}");
  }

  @Property(tries = 1000)
  void otherDigitCountsHaveTheWrongLength(@ForAll("neitherBinNorPan") String digits) {
    assertThat(CardBin.of(digits).getLeft())
        .isEqualTo(new CardError.WrongBinLength("bin", digits.length()));
  }

  @Property(tries = 1000)
  void anythingButAsciiDigitsIsRefused(@ForAll("notDigits") String text) {
    assertThat(CardBin.of(text).getLeft()).isEqualTo(new CardError.NotDigits("bin"));
  }

  @Example
  void missingOrBlankIsMissing() {
    assertThat(CardBin.of(null).getLeft()).isEqualTo(new CardError.Missing("bin"));
    assertThat(CardBin.of("   ").getLeft()).isEqualTo(new CardError.Missing("bin"));
  }

  @Example
  void scriptDigitsAndSeparatorsAreNotDigits() {
    // Arabic-Indic digits pass Character.isDigit but no provider takes them.
    assertThat(CardBin.of("٤١١١١١").getLeft()).isEqualTo(new CardError.NotDigits("bin"));
    assertThat(CardBin.of("4111 11").getLeft()).isEqualTo(new CardError.NotDigits("bin"));
    assertThat(CardBin.of(" 411111").getLeft()).isEqualTo(new CardError.NotDigits("bin"));
  }

  @Example
  void theConstructorGuardsAgainstAFullCardNumber() {
    assertThatThrownBy(() -> new CardBin("4111111111111111"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("4111");
  }

  @Provide
  Arbitrary<String> bins() {
    return Arbitraries.strings().numeric().ofMinLength(6).ofMaxLength(8);
  }

  @Provide
  Arbitrary<String> pans() {
    return Arbitraries.strings().numeric().ofMinLength(12).ofMaxLength(19);
  }

  @Provide
  Arbitrary<String> neitherBinNorPan() {
    return Arbitraries.oneOf(
        Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(5),
        Arbitraries.strings().numeric().ofMinLength(9).ofMaxLength(11),
        Arbitraries.strings().numeric().ofMinLength(20).ofMaxLength(40));
  }

  @Provide
  Arbitrary<String> notDigits() {
    Arbitrary<String> anyText = Arbitraries.strings().all().ofMinLength(1).ofMaxLength(24);
    Arbitrary<String> digitsWithOneIntruder = Arbitraries.strings().numeric()
        .ofMinLength(6).ofMaxLength(19)
        .flatMap(digits -> Arbitraries.of(' ', '-', 'a', '٤', '.', '\n')
            .flatMap(intruder -> Arbitraries.integers().between(0, digits.length())
                .map(at -> digits.substring(0, at) + intruder + digits.substring(at))));
    return Arbitraries.oneOf(anyText, digitsWithOneIntruder)
        .filter(text -> !text.isBlank() && !text.chars().allMatch(c -> c >= '0' && c <= '9'));
  }
}
