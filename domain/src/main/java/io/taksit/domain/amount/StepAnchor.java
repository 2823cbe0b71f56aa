package io.taksit.domain.amount;

/**
 * Where the steps of an {@link AmountRule} are counted from. Providers rarely say; Momkn's
 * {@code interval} is read as {@link #ZERO} (an assumption recorded in the provider notes), so the
 * anchor stays a parameter rather than a hidden convention.
 */
public enum StepAnchor {

  /** Allowed amounts are whole multiples of the step (min 1, step 5: 5, 10, 15...). */
  ZERO,

  /** Allowed amounts are the minimum plus whole steps (min 1, step 5: 1, 6, 11...). */
  MIN
}
