package io.taksit.domain.installment;

/**
 * Who bears a plan's commission, as the provider states it (Teqpay's {@code CommissionType}). It
 * decides what the customer pays: an included commission leaves the total at the price, one
 * reflected to the customer raises it. Kept typed so that a host can show or filter on it instead
 * of matching Turkish words.
 */
public enum CommissionType {
  /** "Komisyon İçinde": the commission is inside the price, the merchant bears it. */
  INCLUDED,
  /** "Müşteriye Yansıtılır" / "reflected to the customer": the customer pays it on top. */
  REFLECTED_TO_CUSTOMER,
  /** A text the adapter does not know; the provider's words are kept beside it. */
  UNRECOGNISED
}
