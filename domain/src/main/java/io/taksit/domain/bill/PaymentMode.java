package io.taksit.domain.bill;

/**
 * How much of what is due a payment may cover. The values mirror Momkn's {@code paymentModeID};
 * the mapping from provider codes lives in the adapters.
 */
public enum PaymentMode {

  /** Exactly the amount due (Momkn {@code paymentModeID 1}, "Fixed"). */
  FIXED,

  /** Up to what is due and at least the invoices' minimums (Momkn {@code paymentModeID 2}). */
  PARTIAL,

  /**
   * At least the invoices' minimums, possibly more than is due, up to their maximums when all
   * chosen invoices give one (Momkn {@code paymentModeID 3}, "In Advance").
   */
  ADVANCE
}
