package io.taksit.application.port.out;

import io.taksit.domain.payment.PaymentEvent;
import io.taksit.domain.payment.PaymentId;
import java.time.Instant;
import java.util.Objects;

/**
 * One payment event waiting in the outbox for delivery to the host, as a claim hands it out.
 *
 * @param id the event's stable id (payment and sequence)
 * @param event the event itself, as the payment's history holds it
 * @param createdAt when the entry was written: with the change that produced the event
 * @param attempts deliveries tried and failed so far; 0 on a first delivery, so a host sees a
 *     redelivery of a failed entry for what it is
 */
public record OutboxEntry(EventId id, PaymentEvent event, Instant createdAt, int attempts) {

  public OutboxEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(createdAt, "createdAt");
    if (!event.paymentId().equals(id.paymentId())) {
      throw new IllegalArgumentException("event of payment " + event.paymentId()
          + " under the id of payment " + id.paymentId());
    }
    if (attempts < 0) {
      throw new IllegalArgumentException("attempts cannot be negative, was " + attempts);
    }
  }

  public PaymentId paymentId() {
    return id.paymentId();
  }

  /** The event's place in its payment's history, from 1. */
  public int sequence() {
    return id.sequence();
  }
}
