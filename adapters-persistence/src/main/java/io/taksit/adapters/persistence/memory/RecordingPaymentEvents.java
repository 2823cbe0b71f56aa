package io.taksit.adapters.persistence.memory;

import io.taksit.application.port.out.PaymentEvents;
import io.taksit.domain.payment.PaymentEvent;
import io.taksit.domain.payment.PaymentId;
import io.vavr.collection.List;
import io.vavr.collection.Vector;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Keeps every published payment event in memory, in publishing order: for tests that assert
 * what a use case announced, and for demos that show it. Thread-safe; it never forgets, so it
 * is not meant for long-running hosts.
 */
public final class RecordingPaymentEvents implements PaymentEvents {

  // A Vector appends in effectively constant time; one batch is appended atomically, so
  // concurrent publishers never interleave the events of one change.
  private final AtomicReference<Vector<PaymentEvent>> events = new AtomicReference<>(Vector.empty());

  @Override
  public void publish(List<PaymentEvent> published) {
    Objects.requireNonNull(published, "published");
    events.updateAndGet(recorded -> recorded.appendAll(published));
  }

  /** Every event published so far, oldest first. */
  public List<PaymentEvent> all() {
    return events.get().toList();
  }

  /** The events published about one payment, oldest first. */
  public List<PaymentEvent> of(PaymentId paymentId) {
    Objects.requireNonNull(paymentId, "paymentId");
    return events.get().filter(event -> event.paymentId().equals(paymentId)).toList();
  }

  /** Forgets everything recorded, so one instance can serve several test steps. */
  public void clear() {
    events.set(Vector.empty());
  }
}
