package io.taksit.application.port.out;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * How the outbox stands, for health checks and metrics: how much waits, how much failed, and how
 * old the oldest waiting entry is (the host's delivery lag).
 *
 * @param pending entries not yet delivered and not parked, failing ones included
 * @param failing the pending entries that failed at least once and wait for their next attempt
 * @param dead entries parked as dead letters
 * @param delivered delivered entries not yet pruned
 * @param oldestPending when the oldest pending entry was written; none when nothing is pending
 */
public record OutboxCounts(long pending, long failing, long dead, long delivered,
    Option<Instant> oldestPending) {

  public OutboxCounts {
    Objects.requireNonNull(oldestPending, "oldestPending");
    if (pending < 0 || failing < 0 || dead < 0 || delivered < 0 || failing > pending) {
      throw new IllegalArgumentException("impossible outbox counts: pending " + pending
          + ", failing " + failing + ", dead " + dead + ", delivered " + delivered);
    }
  }

  /** An outbox with nothing in it. */
  public static final OutboxCounts EMPTY = new OutboxCounts(0, 0, 0, 0, Option.none());
}
