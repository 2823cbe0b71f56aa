package io.taksit.application.outbox;

/**
 * What one relay pass did with the entries it claimed.
 *
 * @param delivered handled by the host's handler and marked delivered
 * @param retrying failed and due again after their backoff
 * @param deadLettered failed for the last allowed time and parked
 * @param unsettled claimed but left as they were: the lease ran out before their turn, another
 *     instance took them over, or the pass was interrupted; they are due again when the lease
 *     ends (an entry delivered but not marked may so be delivered twice: at least once)
 * @param limitReached the pass claimed as many entries as it was allowed: more may be due, so
 *     a scheduler may run the next pass at once instead of waiting
 */
public record Delivery(int delivered, int retrying, int deadLettered, int unsettled,
    boolean limitReached) {

  public static final Delivery NONE = new Delivery(0, 0, 0, 0, false);

  /** Every entry the pass claimed. */
  public int claimed() {
    return delivered + retrying + deadLettered + unsettled;
  }
}
