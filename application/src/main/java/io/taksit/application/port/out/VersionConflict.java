package io.taksit.application.port.out;

import io.taksit.domain.payment.PaymentId;

/**
 * An optimistic update lost a race: the stored payment's version is no longer the one the caller
 * read. The caller re-reads and decides again.
 */
public record VersionConflict(PaymentId paymentId, long expectedVersion, long storedVersion) {}
