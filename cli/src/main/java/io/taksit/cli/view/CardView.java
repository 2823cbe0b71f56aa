package io.taksit.cli.view;

import io.taksit.domain.card.CardKind;
import io.taksit.domain.card.CardProfile;
import io.taksit.domain.card.CardType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the providers said about the card of a BIN. {@code threeDSecureRequired} is null when
 * unknown: only some providers say whether 3-D Secure is required.
 */
public record CardView(String bank, String brand, String family, CardKind kind, CardType type,
    Boolean threeDSecureRequired) {

  static CardView of(CardProfile card) {
    return new CardView(card.bank().getOrNull(), card.brand().getOrNull(),
        card.family().getOrNull(), card.kind(), card.type(),
        card.threeDSecureRequired().getOrNull());
  }

  /** {@code Garanti · Bonus · INDIVIDUAL CREDIT · 3-D Secure required}: what is known. */
  String text() {
    List<String> said = new ArrayList<>();
    for (String known : new String[] {bank, brand, family}) {
      if (known != null) {
        said.add(known);
      }
    }
    said.add(kind + " " + type);
    if (Objects.equals(threeDSecureRequired, Boolean.TRUE)) {
      said.add("3-D Secure required");
    }
    return String.join(" · ", said);
  }
}
