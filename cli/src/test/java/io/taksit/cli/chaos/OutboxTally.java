package io.taksit.cli.chaos;

import io.taksit.application.port.out.OutboxEntry;
import io.taksit.application.port.out.PaymentEventHandler;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The host's view of payment events in the campaign: every delivery the outbox made, by event id,
 * so that "every status change delivered at least once, none lost" can be checked against the
 * events stored, and duplicates (at least once, not exactly once) counted.
 */
final class OutboxTally implements PaymentEventHandler {

  private final Set<String> delivered = ConcurrentHashMap.newKeySet();
  private final AtomicLong deliveries = new AtomicLong();

  @Override
  public void handle(OutboxEntry entry) {
    deliveries.incrementAndGet();
    delivered.add(entry.id().value());
  }

  /** Distinct events delivered. */
  long distinct() {
    return delivered.size();
  }

  /** Deliveries beyond the first of each event. */
  long duplicates() {
    return deliveries.get() - delivered.size();
  }

  /** The line the campaign prints: {@code outbox: <n> status changes, <n> delivered, ...}. */
  static String line(long statusChanges, OutboxTally tally) {
    return "outbox: " + statusChanges + " status changes, " + tally.distinct() + " delivered, "
        + Math.max(0, statusChanges - tally.distinct()) + " lost, " + tally.duplicates()
        + " duplicates";
  }
}
