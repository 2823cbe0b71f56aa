package io.taksit.application.outbox;

import io.taksit.application.port.out.OutboxEntry;
import io.taksit.application.port.out.PaymentEventHandler;
import io.taksit.application.port.out.PaymentOutbox;
import io.vavr.collection.List;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * Delivers the outbox's due entries to the host's handler: claims them under a lease in this
 * instance's name, hands each to the handler, and records the result: delivered, or failed
 * with exponential backoff, or, at the last allowed attempt, parked as a dead letter. The store
 * hands out only the earliest undelivered entry of each payment, so a payment's events reach
 * the handler one at a time and in order, whichever instance delivers them.
 *
 * <p>A relay holds no state between passes: a host runs {@link #deliverDue()} on a schedule
 * ({@link OutboxSettings#pollInterval()}), on every instance if it likes, and {@link #prune()}
 * now and then. A relay that dies mid-pass leaves its entries leased; they are due again when
 * the lease ends, and an entry the handler took but that was not marked is delivered again
 * (at least once, same {@code EventId}). Broken storage is thrown to the scheduler; a failing
 * handler never is.
 */
public final class OutboxRelay {

  /** Most delivered entries one {@link #prune()} deletes, in multiples of the batch size. */
  private static final int PRUNE_BATCHES = 10;

  private final PaymentOutbox outbox;
  private final PaymentEventHandler handler;
  private final OutboxSettings settings;
  private final Clock clock;
  private final String instanceId;

  /**
   * @param instanceId this relay's name in the store's claims (1 to 128 characters), distinct
   *     per running instance: a host name plus a random suffix does
   */
  public OutboxRelay(PaymentOutbox outbox, PaymentEventHandler handler, OutboxSettings settings,
      Clock clock, String instanceId) {
    this.outbox = Objects.requireNonNull(outbox, "outbox");
    this.handler = Objects.requireNonNull(handler, "handler");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.instanceId = PaymentOutbox.requireClaimer(instanceId);
  }

  /** One pass over at most {@link OutboxSettings#batchSize()} due entries. */
  public Delivery deliverDue() {
    return deliverDue(settings.batchSize());
  }

  /**
   * One pass over at most {@code limit} due entries, claimed in rounds of at most the batch size
   * until the limit is reached or nothing is due; a payment with several due events gets one
   * delivered per round, in order.
   */
  public Delivery deliverDue(int limit) {
    PaymentOutbox.requireLimit(limit);
    Tally tally = new Tally();
    int remaining = limit;
    while (remaining > 0 && !Thread.currentThread().isInterrupted()) {
      Instant claimedAt = clock.instant();
      List<OutboxEntry> claimed = outbox.claimDue(claimedAt,
          Math.min(remaining, settings.batchSize()), settings.lease(), instanceId);
      if (claimed.isEmpty()) {
        break;
      }
      remaining -= claimed.size();
      Instant leaseEnd = claimedAt.plus(settings.lease());
      for (OutboxEntry entry : claimed) {
        tally.add(deliver(entry, leaseEnd));
      }
    }
    return tally.toDelivery(remaining == 0);
  }

  /**
   * Deletes entries delivered longer than the retention ago, at most ten batches' worth per
   * call; answers how many.
   */
  public int prune() {
    return outbox.pruneDelivered(clock.instant().minus(settings.retention()),
        settings.batchSize() * PRUNE_BATCHES);
  }

  private Settled deliver(OutboxEntry entry, Instant leaseEnd) {
    // An entry whose lease ran out may already be another instance's: leave it to that one.
    if (Thread.currentThread().isInterrupted() || !clock.instant().isBefore(leaseEnd)) {
      return Settled.UNSETTLED;
    }
    try {
      handler.handle(entry);
    } catch (InterruptedException interrupted) {
      // The host is stopping: the entry stays claimed and is due again after the lease.
      Thread.currentThread().interrupt();
      return Settled.UNSETTLED;
    } catch (Exception failed) {
      return failed(entry, failed);
    }
    return outbox.markDelivered(entry.id(), instanceId, clock.instant())
        ? Settled.DELIVERED : Settled.UNSETTLED;
  }

  private Settled failed(OutboxEntry entry, Exception failure) {
    int failures = entry.attempts() + 1;
    String error = FailureText.of(failure);
    Instant now = clock.instant();
    if (failures >= settings.maxAttempts()) {
      return outbox.markDead(entry.id(), instanceId, now, error)
          ? Settled.DEAD : Settled.UNSETTLED;
    }
    Instant next = now.plus(settings.backoff().delayAfter(failures));
    return outbox.markFailed(entry.id(), instanceId, next, error)
        ? Settled.RETRYING : Settled.UNSETTLED;
  }

  private enum Settled { DELIVERED, RETRYING, DEAD, UNSETTLED }

  /** Counts of one pass. */
  private static final class Tally {
    private int delivered;
    private int retrying;
    private int dead;
    private int unsettled;

    void add(Settled settled) {
      switch (settled) {
        case DELIVERED -> delivered++;
        case RETRYING -> retrying++;
        case DEAD -> dead++;
        case UNSETTLED -> unsettled++;
      }
    }

    Delivery toDelivery(boolean limitReached) {
      return new Delivery(delivered, retrying, dead, unsettled, limitReached);
    }
  }
}
