/**
 * The relay of the transactional outbox: it takes the payment events that the repository wrote
 * beside each change ({@link io.taksit.application.port.out.PaymentOutbox}) and hands them to the
 * host's {@link io.taksit.application.port.out.PaymentEventHandler}, at least once and in order
 * per payment, retrying with backoff and parking what keeps failing as dead letters. Any number
 * of instances may run it over one store at once; the store's leases keep them apart.
 */
package io.taksit.application.outbox;
