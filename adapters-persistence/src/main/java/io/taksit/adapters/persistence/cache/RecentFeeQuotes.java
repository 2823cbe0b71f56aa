package io.taksit.adapters.persistence.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Ticker;
import io.taksit.application.port.out.FeeQuotes;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The fee quotes this host instance made, kept in memory in front of the store they are written
 * to, so that the payment accepting a quote made here does not read it back: one database round
 * trip fewer per payment.
 *
 * <p>Why serving from memory cannot change an answer: a quote is written once under a generated
 * id and never changes; every quote is written to the store first, and only then kept here, so a
 * quote found here is one the store has. What is kept is only this instance's own writes (a quote
 * made by another instance is read from the store), at most {@code maximum} of them, each for
 * {@code keep} after it was quoted by the Taksit clock, which must not exceed the store's
 * retention: past that the store answers, so a quote the store forgot is forgotten here too.
 */
public final class RecentFeeQuotes implements FeeQuotes {

  /** A payment follows its quote within minutes; older quotes are read from the store. */
  public static final Duration DEFAULT_KEEP = Duration.ofMinutes(15);
  /** About 5 MB at most: a kept quote is a few hundred bytes. */
  public static final int DEFAULT_MAXIMUM = 10_000;

  private final FeeQuotes store;
  private final Clock clock;
  private final Duration keep;
  private final Cache<String, QuotedFee> recent;

  public RecentFeeQuotes(FeeQuotes store, Clock clock) {
    this(store, clock, DEFAULT_KEEP, DEFAULT_MAXIMUM);
  }

  /**
   * @param keep how long after it was quoted a quote is served from memory; at most the store's
   *     retention
   * @param maximum how many quotes are kept at most; the least recently used go first
   */
  public RecentFeeQuotes(FeeQuotes store, Clock clock, Duration keep, int maximum) {
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
    // Expiry by the system's time frees the memory; freshness by the Taksit clock (find) decides.
    this.recent = BoundedCaches.of(keep, maximum, Ticker.systemTicker());
    this.keep = keep;
  }

  /** Written to the store, then kept: if the write fails nothing is kept. */
  @Override
  public void remember(QuotedFee quote) {
    store.remember(quote);
    recent.put(quote.id(), quote);
  }

  @Override
  public Option<QuotedFee> find(String quoteId) {
    Objects.requireNonNull(quoteId, "quoteId");
    QuotedFee kept = recent.getIfPresent(quoteId);
    if (kept != null && isFresh(kept)) {
      return Option.some(kept);
    }
    return store.find(quoteId);
  }

  @Override
  public int pruneStale(Instant now) {
    return store.pruneStale(now);
  }

  /** How many quotes are kept now (for tests and metrics); approximate while others write. */
  public long size() {
    recent.cleanUp();
    return recent.estimatedSize();
  }

  private boolean isFresh(QuotedFee quote) {
    return clock.instant().isBefore(quote.quotedAt().plus(keep));
  }
}
