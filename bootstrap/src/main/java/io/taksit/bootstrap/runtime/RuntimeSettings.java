package io.taksit.bootstrap.runtime;

import io.taksit.adapters.http.support.ConfigChecks;
import java.time.Duration;

/**
 * What Taksit runs by itself, and how often ({@code runtime.*}): the reconciler (Kill Bill's
 * janitor), the outbox relay that delivers payment events to the host, and the housekeeping that
 * prunes delivered events and expired inquiries. Safe with any number of instances on one
 * database: each pass claims its work with leases.
 *
 * @param enabled        false for a host that schedules {@code reconcilePayments()} and the relay
 *                       itself (nothing then runs in the background)
 * @param reconcileEvery pause between reconciler passes (default 30s)
 * @param reconcileBatch most payments one pass checks (default 100)
 * @param relayEvery     pause between outbox relay passes (default 500ms)
 * @param pruneEvery     pause between housekeeping passes (default 1h)
 */
public record RuntimeSettings(boolean enabled, Duration reconcileEvery, int reconcileBatch,
    Duration relayEvery, Duration pruneEvery) {

  public static final RuntimeSettings DEFAULTS = new RuntimeSettings(true,
      Duration.ofSeconds(30), 100, Duration.ofMillis(500), Duration.ofHours(1));

  /** Nothing runs in the background: the host calls the reconciler and the relay itself. */
  public static final RuntimeSettings OFF = new RuntimeSettings(false, DEFAULTS.reconcileEvery,
      DEFAULTS.reconcileBatch, DEFAULTS.relayEvery, DEFAULTS.pruneEvery);

  public RuntimeSettings {
    ConfigChecks.requireNone(ConfigChecks.relative()
        .positive(reconcileEvery, "reconcileEvery")
        .require(reconcileBatch >= 1 && reconcileBatch <= 10_000, "reconcileBatch",
            "must be a whole number from 1 to 10000")
        .positive(relayEvery, "relayEvery")
        .positive(pruneEvery, "pruneEvery")
        .problems());
  }
}
