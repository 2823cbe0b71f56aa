package io.taksit.application.port.out;

import io.taksit.domain.payment.PaymentEvent;
import io.vavr.collection.List;

/**
 * Where payment events go once stored (a message bus, an audit log, nowhere): the host decides.
 * Called in-process after the change is stored; an implementation should not throw, and if it
 * does the change stays stored. Best effort: a host that dies between the two loses the call.
 * Delivery that survives that is the transactional outbox's ({@link PaymentOutbox}, delivered to
 * a {@link PaymentEventHandler} by {@code OutboxRelay}), which every repository feeds.
 */
public interface PaymentEvents {

  void publish(List<PaymentEvent> events);
}
