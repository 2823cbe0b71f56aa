package io.taksit.application.port.out;

import java.time.Instant;
import java.util.Objects;

/**
 * An outbox entry whose deliveries all failed, parked until an operator replays it. Later events
 * of the same payment wait behind it, so the host never sees a payment's history out of order.
 *
 * @param entry the entry, {@code attempts} counting every failed delivery
 * @param lastError what the last failure was, as the relay wrote it: exception types, never a
 *     message that could carry a secret
 * @param parkedAt when the last delivery failed and the entry was parked
 */
public record DeadLetter(OutboxEntry entry, String lastError, Instant parkedAt) {

  public DeadLetter {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(lastError, "lastError");
    Objects.requireNonNull(parkedAt, "parkedAt");
  }
}
