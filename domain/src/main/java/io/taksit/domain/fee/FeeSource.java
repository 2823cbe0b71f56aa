package io.taksit.domain.fee;

/**
 * Who set a fee: the provider's own fee call (Momkn {@code fees}) or Taksit's configured
 * {@link FeeSchedule}. Kept on every quote so a dispute can tell a provider's figure from ours.
 */
public enum FeeSource {

  /** Quoted by the provider; Taksit only checked that it adds up. */
  PROVIDER,

  /** Computed by Taksit from a {@link FeeSchedule}. */
  SCHEDULE
}
