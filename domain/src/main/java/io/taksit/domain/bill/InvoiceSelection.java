package io.taksit.domain.bill;

/**
 * Which invoices of a bill one payment may cover. The values mirror Momkn's
 * {@code billPaymentModeID}; the mapping from provider codes lives in the adapters.
 */
public enum InvoiceSelection {

  /** One invoice per payment (Momkn {@code billPaymentModeID 1}). */
  ONE,

  /** All invoices of the bill together (Momkn {@code billPaymentModeID 2}). */
  ALL,

  /** Any non-empty subset, mandatory invoices included (Momkn {@code billPaymentModeID 3}). */
  ANY_SUBSET
}
