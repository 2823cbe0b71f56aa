package io.taksit.domain.card;

/**
 * Who the card was issued to, as providers report it (Paywall {@code CardKind}: "Bireysel Kart"
 * is {@link #INDIVIDUAL}, "Ticari Kart" is {@link #COMMERCIAL}). Commercial cards often carry
 * other installment rules, which is why the kind is kept at all.
 */
public enum CardKind {
  /** A personal card. */
  INDIVIDUAL,
  /** A business (corporate) card. */
  COMMERCIAL,
  /** Not reported, or reported in words Taksit does not know. */
  UNKNOWN
}
