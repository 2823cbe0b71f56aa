package io.taksit.adapters.persistence.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Objects;

/** How every cache of this package is built: bounded in size and in age, kept up inline. */
final class BoundedCaches {

  private BoundedCaches() {}

  /**
   * At most {@code maximum} entries, the least recently used going first, each for {@code keep}
   * after it was written, measured by {@code ticker}.
   *
   * <p>Upkeep (eviction, expiry) runs on the calling thread: Caffeine's default, the common
   * pool, woke a thread per payment (JFR: one park per payment on a 2-core machine) for a few
   * microseconds of work.
   *
   * @throws IllegalArgumentException if {@code keep} is not positive or {@code maximum} below 1
   */
  static <K, V> Cache<K, V> of(Duration keep, int maximum, Ticker ticker) {
    Objects.requireNonNull(keep, "keep");
    if (keep.isNegative() || keep.isZero()) {
      throw new IllegalArgumentException("keep must be positive, was " + keep);
    }
    if (maximum < 1) {
      throw new IllegalArgumentException("maximum must be at least 1, was " + maximum);
    }
    return Caffeine.newBuilder().maximumSize(maximum).expireAfterWrite(keep)
        .ticker(Objects.requireNonNull(ticker, "ticker"))
        .executor(Runnable::run).build();
  }
}
