package io.taksit.adapters.persistence.memory;

import io.taksit.application.port.out.DeadLetter;
import io.taksit.application.port.out.EventId;
import io.taksit.application.port.out.OutboxCounts;
import io.taksit.application.port.out.OutboxEntry;
import io.taksit.application.port.out.PaymentOutbox;
import io.taksit.domain.payment.PaymentEvent;
import io.taksit.domain.payment.PaymentId;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;

/**
 * The transactional outbox of an {@link InMemoryPaymentRepository}, which owns it
 * ({@link InMemoryPaymentRepository#outbox()}) and adds an entry per new event in the same step
 * that stores the event, as the JDBC repository does in one transaction. It keeps the store's
 * promises as the database does: a claim hands out only the earliest undelivered entry of each
 * payment and each to one claimer per lease; marks apply only to the claimer's own claim.
 *
 * <p>One lock guards everything here; it is taken inside the repository's own locks and never
 * calls back into the repository, so the two cannot deadlock. Passes {@code OutboxContract}.
 */
public final class InMemoryPaymentOutbox implements PaymentOutbox {

  /** Oldest due first; ties by payment id, as the JDBC claim orders them. */
  private static final Comparator<Slot> DUE_ORDER = Comparator
      .comparing((Slot slot) -> slot.nextAttemptAt)
      .thenComparing(slot -> slot.id.paymentId().value())
      .thenComparingInt(slot -> slot.id.sequence());

  private static final Comparator<Slot> SETTLED_ORDER = Comparator
      .comparing((Slot slot) -> slot.settledAt)
      .thenComparing(slot -> slot.id.paymentId().value())
      .thenComparingInt(slot -> slot.id.sequence());

  private final Object lock = new Object();
  /**
   * Each payment's entries in sequence order. Delivered entries are always a prefix (only the
   * first undelivered entry can be claimed, and only a claimed entry is delivered), and pruning
   * removes from the front of that prefix, so the first undelivered entry is found by counting.
   */
  private final Map<PaymentId, Stream> streams = new HashMap<>();
  /**
   * The streams with an entry not delivered yet (pending or dead): the only ones a claim looks
   * at, so claiming costs what waits, not every payment whose delivered entries are still held
   * (until pruned, that is every payment), as an index on the JDBC outbox's status does.
   */
  private final java.util.Set<Stream> open = new java.util.LinkedHashSet<>();

  InMemoryPaymentOutbox() {}

  /**
   * Adds the entries of {@code events}, numbered on from the {@code storedEvents} already
   * stored. Called by the repository while it stores them.
   */
  void enqueue(PaymentId paymentId, int storedEvents, List<PaymentEvent> events) {
    if (events.isEmpty()) {
      return;
    }
    synchronized (lock) {
      Stream stream = streams.computeIfAbsent(paymentId, id -> new Stream());
      if (!stream.slots.isEmpty()
          && stream.slots.get(stream.slots.size() - 1).id.sequence() != storedEvents) {
        // The repository adds a payment's entries in order under its locks; a gap is its bug.
        throw new IllegalStateException("outbox entries of payment " + paymentId
            + " out of sequence after " + storedEvents);
      }
      int seq = storedEvents;
      for (PaymentEvent event : events) {
        seq++;
        stream.slots.add(new Slot(new EventId(paymentId, seq), event, stream));
      }
      open.add(stream);
    }
  }

  @Override
  public List<OutboxEntry> claimDue(Instant now, int limit, Duration lease, String claimer) {
    PaymentOutbox.requireValidClaim(now, limit, lease, claimer);
    synchronized (lock) {
      List<Slot> claimed = List.ofAll(open)
          .flatMap(Stream::head)
          .filter(slot -> slot.isDue(now))
          .sorted(DUE_ORDER)
          .take(limit);
      Instant leaseEnd = now.plus(lease);
      claimed.forEach(slot -> {
        slot.claimer = claimer;
        slot.leaseUntil = leaseEnd;
      });
      return claimed.map(Slot::entry);
    }
  }

  @Override
  public boolean markDelivered(EventId id, String claimer, Instant at) {
    Objects.requireNonNull(at, "at");
    return mark(id, claimer, slot -> {
      slot.status = Status.DELIVERED;
      slot.settledAt = at;
      slot.stream.delivered++;
      if (slot.stream.head().isEmpty()) {
        open.remove(slot.stream);
      }
    });
  }

  @Override
  public boolean markFailed(EventId id, String claimer, Instant nextAttemptAt, String error) {
    Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
    PaymentOutbox.requireError(error);
    return mark(id, claimer, slot -> {
      slot.attempts++;
      slot.nextAttemptAt = nextAttemptAt;
      slot.lastError = error;
    });
  }

  @Override
  public boolean markDead(EventId id, String claimer, Instant at, String error) {
    Objects.requireNonNull(at, "at");
    PaymentOutbox.requireError(error);
    return mark(id, claimer, slot -> {
      slot.attempts++;
      slot.status = Status.DEAD;
      slot.settledAt = at;
      slot.lastError = error;
    });
  }

  private boolean mark(EventId id, String claimer, java.util.function.Consumer<Slot> change) {
    Objects.requireNonNull(id, "id");
    PaymentOutbox.requireClaimer(claimer);
    synchronized (lock) {
      Option<Slot> held = find(id)
          .filter(slot -> slot.status == Status.PENDING && claimer.equals(slot.claimer));
      held.forEach(slot -> {
        change.accept(slot);
        slot.claimer = null;
        slot.leaseUntil = null;
      });
      return held.isDefined();
    }
  }

  @Override
  public List<DeadLetter> deadLetters(int limit) {
    PaymentOutbox.requireLimit(limit);
    synchronized (lock) {
      return slots().filter(slot -> slot.status == Status.DEAD)
          .sorted(SETTLED_ORDER)
          .take(limit)
          .map(slot -> new DeadLetter(slot.entry(), slot.lastError, slot.settledAt));
    }
  }

  @Override
  public boolean replay(EventId id, Instant now) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(now, "now");
    synchronized (lock) {
      Option<Slot> dead = find(id).filter(slot -> slot.status == Status.DEAD);
      dead.forEach(slot -> slot.replay(now));
      return dead.isDefined();
    }
  }

  @Override
  public int replayAll(Instant now) {
    Objects.requireNonNull(now, "now");
    synchronized (lock) {
      List<Slot> dead = slots().filter(slot -> slot.status == Status.DEAD);
      dead.forEach(slot -> slot.replay(now));
      return dead.size();
    }
  }

  @Override
  public int pruneDelivered(Instant deliveredBefore, int limit) {
    Objects.requireNonNull(deliveredBefore, "deliveredBefore");
    PaymentOutbox.requireLimit(limit);
    synchronized (lock) {
      int pruned = 0;
      Iterator<Stream> all = streams.values().iterator();
      while (all.hasNext() && pruned < limit) {
        Stream stream = all.next();
        pruned += stream.prune(deliveredBefore, limit - pruned);
        if (stream.slots.isEmpty()) {
          all.remove();
        }
      }
      return pruned;
    }
  }

  @Override
  public OutboxCounts counts() {
    synchronized (lock) {
      List<Slot> all = slots();
      List<Slot> pending = all.filter(slot -> slot.status == Status.PENDING);
      return new OutboxCounts(pending.size(), pending.count(slot -> slot.attempts > 0),
          all.count(slot -> slot.status == Status.DEAD),
          all.count(slot -> slot.status == Status.DELIVERED),
          pending.map(slot -> slot.createdAt).minBy(Comparator.naturalOrder()));
    }
  }

  private Option<Slot> find(EventId id) {
    Stream stream = streams.get(id.paymentId());
    return stream == null ? Option.none() : stream.find(id.sequence());
  }

  private List<Slot> slots() {
    return List.ofAll(streams.values()).flatMap(stream -> stream.slots);
  }

  private enum Status { PENDING, DELIVERED, DEAD }

  /** One payment's entries, oldest first; the first {@code delivered} of them are delivered. */
  private static final class Stream {
    final java.util.List<Slot> slots = new ArrayList<>();
    /** Delivered entries still held: the length of the delivered prefix of {@link #slots}. */
    int delivered;

    /** The first undelivered entry, if any. */
    Option<Slot> head() {
      return delivered < slots.size() ? Option.some(slots.get(delivered)) : Option.none();
    }

    Option<Slot> find(int sequence) {
      return Option.ofOptional(slots.stream().filter(slot -> slot.id.sequence() == sequence)
          .findFirst());
    }

    int prune(Instant deliveredBefore, int limit) {
      int count = 0;
      while (count < limit && count < delivered
          && slots.get(count).settledAt.isBefore(deliveredBefore)) {
        count++;
      }
      slots.subList(0, count).clear();
      delivered -= count;
      return count;
    }
  }

  /** One entry and its delivery state; changed only under the outbox's lock. */
  private static final class Slot {
    final EventId id;
    final PaymentEvent event;
    final Instant createdAt;
    final Stream stream;
    Status status = Status.PENDING;
    int attempts;
    Instant nextAttemptAt;
    String claimer;
    Instant leaseUntil;
    String lastError = "";
    Instant settledAt;

    Slot(EventId id, PaymentEvent event, Stream stream) {
      this.id = id;
      this.event = event;
      this.createdAt = event.at();
      this.nextAttemptAt = event.at();
      this.stream = stream;
    }

    boolean isDue(Instant now) {
      return status == Status.PENDING && !nextAttemptAt.isAfter(now)
          && (leaseUntil == null || !leaseUntil.isAfter(now));
    }

    void replay(Instant now) {
      status = Status.PENDING;
      attempts = 0;
      nextAttemptAt = now;
      settledAt = null;
      claimer = null;
      leaseUntil = null;
    }

    OutboxEntry entry() {
      return new OutboxEntry(id, event, createdAt, attempts);
    }
  }
}
