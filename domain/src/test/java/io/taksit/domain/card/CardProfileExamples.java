package io.taksit.domain.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taksit.domain.error.CardError;
import io.vavr.control.Option;
import net.jqwik.api.Example;

class CardProfileExamples {

  @Example
  void paywallSeedProfileWithoutFamily() {
    // 002: "CardBank": "ANADOLUBANK A.Ş.", "CardFamily": null, "Bireysel Kart", "Debit".
    CardProfile profile = CardProfile.of(" ANADOLUBANK A.Ş. ", "Master Card", null,
        CardKind.INDIVIDUAL, CardType.DEBIT).get();

    assertThat(profile.bank()).isEqualTo(Option.some("ANADOLUBANK A.Ş."));
    assertThat(profile.brand()).isEqualTo(Option.some("Master Card"));
    assertThat(profile.family()).isEqualTo(Option.none());
    assertThat(profile.kind()).isEqualTo(CardKind.INDIVIDUAL);
    assertThat(profile.type()).isEqualTo(CardType.DEBIT);
  }

  @Example
  void blankTextIsNotReported() {
    assertThat(CardProfile.of("", " ", null, CardKind.UNKNOWN, CardType.UNKNOWN).get())
        .isEqualTo(CardProfile.unknown());
  }

  @Example
  void controlCharactersAndOverlongTextAreRefused() {
    assertThat(CardProfile.of("BANK\nFAKE LOG LINE", null, null, CardKind.COMMERCIAL,
        CardType.CREDIT).getLeft()).isInstanceOf(CardError.InvalidProfileText.class)
        .extracting(CardError::code).isEqualTo("card.invalid_profile_text");
    CardError tooLong = CardProfile.of(null, "x".repeat(129), null, CardKind.COMMERCIAL,
        CardType.CREDIT).getLeft();
    assertThat(tooLong.message()).isEqualTo("brand must be at most 128 characters, was 129");
  }

  @Example
  void theConstructorRefusesUntrimmedText() {
    assertThatThrownBy(() -> new CardProfile(Option.some(" Bank"), Option.none(), Option.none(),
        CardKind.UNKNOWN, CardType.UNKNOWN)).isInstanceOf(IllegalArgumentException.class);
  }
}
