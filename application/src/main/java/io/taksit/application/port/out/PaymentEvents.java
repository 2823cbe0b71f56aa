package io.taksit.application.port.out;

import io.taksit.domain.payment.PaymentEvent;
import io.vavr.collection.List;

/**
 * Where payment events go once stored (a message bus, an audit log, nowhere): the host decides.
 * Called after the change is stored; an implementation should not throw, and if it does the
 * change stays stored.
 */
public interface PaymentEvents {

  void publish(List<PaymentEvent> events);
}
