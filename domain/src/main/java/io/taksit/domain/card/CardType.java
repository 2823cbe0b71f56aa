package io.taksit.domain.card;

/**
 * How the card is funded (Paywall {@code CardType}: "Credit" / "Debit"). Installments are in
 * practice a credit-card feature, so a debit card usually gets a single payment only.
 */
public enum CardType {
  /** A credit card. */
  CREDIT,
  /** A debit (bank account) card. */
  DEBIT,
  /** A prepaid card (iyzico's {@code PREPAID_CARD}). */
  PREPAID,
  /** Not reported, or reported in words Taksit does not know. */
  UNKNOWN
}
