package io.taksit.application.contract;

import io.taksit.application.port.out.EventId;
import io.taksit.application.port.out.OutboxEntry;
import io.taksit.application.port.out.PaymentEventHandler;
import io.taksit.domain.payment.PaymentId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A host's event handler for outbox tests: records every call and every success in order, fails
 * on the entries a test chooses (with a message holding a would-be secret, which must never
 * reach the store), and notes any overlap: one entry, or two entries of one payment, in hand
 * at the same time, whichever relay instance calls.
 */
public final class RecordingEventHandler implements PaymentEventHandler {

  /** What a failing delivery's message says; the store must never keep it. */
  public static final String SECRET = "broker-password-hunter2";

  private final List<OutboxEntry> calls = new CopyOnWriteArrayList<>();
  private final List<OutboxEntry> handled = new CopyOnWriteArrayList<>();
  private final List<String> overlaps = new CopyOnWriteArrayList<>();
  private final Set<EventId> entriesInHand = ConcurrentHashMap.newKeySet();
  private final Set<PaymentId> paymentsInHand = ConcurrentHashMap.newKeySet();
  private volatile Predicate<OutboxEntry> failing = entry -> false;
  private volatile Consumer<OutboxEntry> during = entry -> { };

  /** From now on, fails the entries {@code failing} accepts; succeeds on the others. */
  public RecordingEventHandler failWhen(Predicate<OutboxEntry> failing) {
    this.failing = failing;
    return this;
  }

  /** From now on, runs {@code action} inside every call (to move a clock mid-delivery). */
  public RecordingEventHandler during(Consumer<OutboxEntry> action) {
    this.during = action;
    return this;
  }

  @Override
  public void handle(OutboxEntry entry) {
    calls.add(entry);
    if (!entriesInHand.add(entry.id())) {
      overlaps.add("entry " + entry.id() + " delivered twice at once");
    }
    if (!paymentsInHand.add(entry.paymentId())) {
      overlaps.add("two entries of payment " + entry.paymentId() + " at once, one " + entry.id());
    }
    try {
      during.accept(entry);
      if (failing.test(entry)) {
        throw new IllegalStateException("bus refused " + entry.id() + ", " + SECRET,
            new java.io.IOException("connection to " + SECRET + "@bus reset"));
      }
      handled.add(entry);
    } finally {
      paymentsInHand.remove(entry.paymentId());
      entriesInHand.remove(entry.id());
    }
  }

  /** Every call, failed ones included, in call order. */
  public List<OutboxEntry> calls() {
    return List.copyOf(calls);
  }

  /** The entries handled successfully, in order. */
  public List<OutboxEntry> handled() {
    return List.copyOf(handled);
  }

  /** The ids of {@link #handled()}, as text. */
  public List<String> handledIds() {
    return handled.stream().map(entry -> entry.id().value()).toList();
  }

  /** The ids handled successfully for one payment, in order. */
  public List<Integer> handledSequences(PaymentId paymentId) {
    return handled.stream().filter(entry -> entry.paymentId().equals(paymentId))
        .map(OutboxEntry::sequence).toList();
  }

  /** Every overlap seen; empty when no entry and no payment was ever in hand twice at once. */
  public List<String> overlaps() {
    return List.copyOf(overlaps);
  }
}
