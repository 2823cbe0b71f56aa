package io.taksit.bootstrap.runtime;

import io.taksit.application.port.out.OutboxEntry;
import io.taksit.application.port.out.PaymentEventHandler;
import io.vavr.collection.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The host's payment event handlers as the one handler the outbox relay calls: each in turn, in
 * the order given; if one throws, the delivery fails and is retried for all (at least once: a
 * handler that had succeeded sees the event again, and de-duplicates by its stable id).
 *
 * <p>With no handler, events are still written with every status change and kept in each
 * payment's history; the relay drains the outbox (logging each at DEBUG) so it does not grow
 * without bound.
 */
public final class EventHandlers implements PaymentEventHandler {

  private static final Logger LOG = LoggerFactory.getLogger(EventHandlers.class);

  private final List<PaymentEventHandler> handlers;

  public EventHandlers(List<PaymentEventHandler> handlers) {
    this.handlers = Objects.requireNonNull(handlers, "handlers");
  }

  @Override
  public void handle(OutboxEntry entry) throws Exception {
    if (handlers.isEmpty()) {
      LOG.debug("payment event {} ({}): no handler configured", entry.id().value(),
          entry.event().getClass().getSimpleName());
      return;
    }
    for (PaymentEventHandler handler : handlers) {
      handler.handle(entry);
    }
  }
}
