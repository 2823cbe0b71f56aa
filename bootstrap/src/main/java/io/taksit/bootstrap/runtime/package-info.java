/**
 * What Taksit runs by itself: the reconciler, the outbox relay and housekeeping, on schedules,
 * stopped by {@code Taksit.close()}.
 */
package io.taksit.bootstrap.runtime;
