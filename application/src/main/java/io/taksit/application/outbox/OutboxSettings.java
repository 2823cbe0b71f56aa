package io.taksit.application.outbox;

import java.time.Duration;
import java.util.Objects;

/**
 * How the outbox relay works, every quantity bounded. The defaults are what a payments team
 * would run with: a pass takes up to 100 entries; a lease of two minutes outlasts any batch a
 * handler with a sane send timeout delivers, so no second instance takes an entry still being
 * delivered; 20 attempts backing off from 5 seconds to at most 15 minutes keep retrying through
 * roughly three hours of a host bus being down before an entry is parked for a person; delivered
 * entries are kept a week for audits and redrives, then pruned.
 *
 * @param batchSize most entries one claim takes (1 to {@value #MAX_BATCH_SIZE})
 * @param lease how long a claimed entry is reserved for its claimer (1 s to 1 h)
 * @param maxAttempts failed deliveries after which an entry is parked (1 to
 *     {@value #MAX_ATTEMPTS})
 * @param backoff the wait between failed attempts (its max at most a day)
 * @param retention how long delivered entries are kept (1 h to 366 days)
 * @param pollInterval how often a host's scheduler should run a relay pass (10 ms to 1 h); the
 *     relay itself does not wait
 */
public record OutboxSettings(int batchSize, Duration lease, int maxAttempts, Backoff backoff,
    Duration retention, Duration pollInterval) {

  public static final int MAX_BATCH_SIZE = 1_000;
  public static final int MAX_ATTEMPTS = 1_000;

  private static final Duration MIN_LEASE = Duration.ofSeconds(1);
  private static final Duration MAX_LEASE = Duration.ofHours(1);
  private static final Duration MAX_BACKOFF = Duration.ofDays(1);
  private static final Duration MIN_RETENTION = Duration.ofHours(1);
  private static final Duration MAX_RETENTION = Duration.ofDays(366);
  private static final Duration MIN_POLL = Duration.ofMillis(10);
  private static final Duration MAX_POLL = Duration.ofHours(1);

  public static final OutboxSettings DEFAULTS = new OutboxSettings(100, Duration.ofMinutes(2),
      20, new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(15)), Duration.ofDays(7),
      Duration.ofSeconds(1));

  public OutboxSettings {
    Objects.requireNonNull(lease, "lease");
    Objects.requireNonNull(backoff, "backoff");
    Objects.requireNonNull(retention, "retention");
    Objects.requireNonNull(pollInterval, "pollInterval");
    if (batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
      throw new IllegalArgumentException("outbox batch size must be 1 to " + MAX_BATCH_SIZE
          + ", was " + batchSize);
    }
    if (maxAttempts < 1 || maxAttempts > MAX_ATTEMPTS) {
      throw new IllegalArgumentException("outbox max attempts must be 1 to " + MAX_ATTEMPTS
          + ", was " + maxAttempts);
    }
    within("outbox lease", lease, MIN_LEASE, MAX_LEASE);
    within("outbox backoff max", backoff.max(), backoff.base(), MAX_BACKOFF);
    within("outbox retention", retention, MIN_RETENTION, MAX_RETENTION);
    within("outbox poll interval", pollInterval, MIN_POLL, MAX_POLL);
  }

  private static void within(String name, Duration value, Duration min, Duration max) {
    if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
      throw new IllegalArgumentException(name + " must be " + min + " to " + max + ", was "
          + value);
    }
  }

  public OutboxSettings withBatchSize(int value) {
    return new OutboxSettings(value, lease, maxAttempts, backoff, retention, pollInterval);
  }

  public OutboxSettings withLease(Duration value) {
    return new OutboxSettings(batchSize, value, maxAttempts, backoff, retention, pollInterval);
  }

  public OutboxSettings withMaxAttempts(int value) {
    return new OutboxSettings(batchSize, lease, value, backoff, retention, pollInterval);
  }

  public OutboxSettings withBackoff(Duration base, Duration max) {
    return new OutboxSettings(batchSize, lease, maxAttempts, new Backoff(base, max), retention,
        pollInterval);
  }

  public OutboxSettings withRetention(Duration value) {
    return new OutboxSettings(batchSize, lease, maxAttempts, backoff, value, pollInterval);
  }

  public OutboxSettings withPollInterval(Duration value) {
    return new OutboxSettings(batchSize, lease, maxAttempts, backoff, retention, value);
  }
}
