package io.taksit.adapters.http.support;

/**
 * The kinds of provider call. Timeouts are set per kind, and only {@link #PAYMENT} moves money:
 * it is the one call the HTTP layer never repeats.
 */
public enum CallKind {
  AUTHENTICATION,
  INQUIRY,
  FEES,
  PAYMENT,
  STATUS,
  INSTALLMENTS;

  /** Reads may be repeated on a failure that proves nothing was done or asks us to come back. */
  public boolean isRead() {
    return this != PAYMENT;
  }
}
