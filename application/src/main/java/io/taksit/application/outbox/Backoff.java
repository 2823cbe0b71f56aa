package io.taksit.application.outbox;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a failed delivery waits before the next: {@code base} after the first failure,
 * doubling after each further one, never more than {@code max}. Doubling lets a short hiccup of
 * the host's bus heal in seconds while a long outage costs a bounded number of attempts; the cap
 * keeps an entry from drifting out of reach for days.
 */
public record Backoff(Duration base, Duration max) {

  public Backoff {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(max, "max");
    if (base.isNegative() || base.isZero()) {
      throw new IllegalArgumentException("backoff base must be positive, was " + base);
    }
    if (max.compareTo(base) < 0) {
      throw new IllegalArgumentException("backoff max " + max + " is below its base " + base);
    }
  }

  /** The wait after the {@code failures}-th failed attempt (1 for the first). */
  public Duration delayAfter(int failures) {
    if (failures < 1) {
      throw new IllegalArgumentException("failures start at 1, was " + failures);
    }
    Duration delay = base;
    for (int doubling = 1; doubling < failures && delay.compareTo(max) < 0; doubling++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(max) > 0 ? max : delay;
  }
}
