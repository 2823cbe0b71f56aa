package io.taksit.application.port.out;

/**
 * What a host implements to receive payment events from the outbox (publish to a message bus,
 * write an audit log, notify a customer). Delivery is at least once: the same entry may arrive
 * again after a failure, a timeout or an instance that died mid-delivery, always with the same
 * {@link EventId}, so the handler (or what it feeds) must treat a repeat of an id as done.
 * Entries of one payment arrive one at a time and in order; entries of different payments may
 * arrive concurrently on different instances.
 *
 * <p>Returning normally means the event is handled for good and will not be offered again.
 * Throwing means it was not: the entry is retried with backoff and, after the configured number
 * of attempts, parked as a dead letter. Only the types of what is thrown are kept, never its
 * message, so a message may name what it likes without a secret reaching the outbox's store. A
 * handler should bound its own time (a send timeout) well within the relay's lease: while it
 * runs, no other instance is stopped from taking the entry once the lease has passed.
 */
@FunctionalInterface
public interface PaymentEventHandler {

  void handle(OutboxEntry entry) throws Exception;
}
