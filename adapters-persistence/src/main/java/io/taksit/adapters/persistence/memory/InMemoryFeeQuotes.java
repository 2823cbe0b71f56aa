package io.taksit.adapters.persistence.memory;

import io.taksit.application.port.out.FeeQuotes;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Objects;

/**
 * Fee quotes handed to callers, in this JVM's memory, for tests, demos and single-instance hosts.
 * A quote matters only until the payment that accepts it, so at most {@code capacity} are kept
 * and the oldest goes first: a long-running host does not grow without bound, and a caller whose
 * quote was forgotten asks for a new one.
 */
public final class InMemoryFeeQuotes implements FeeQuotes {

  /** Far more quotes than a demo or test makes, yet a few megabytes at most. */
  public static final int DEFAULT_CAPACITY = 10_000;

  private final int capacity;
  /** Insertion order is quoting order; guarded by {@code this}. */
  private final LinkedHashMap<String, QuotedFee> quotes = new LinkedHashMap<>();

  public InMemoryFeeQuotes() {
    this(DEFAULT_CAPACITY);
  }

  public InMemoryFeeQuotes(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive, was " + capacity);
    }
    this.capacity = capacity;
  }

  @Override
  public synchronized void remember(QuotedFee quote) {
    Objects.requireNonNull(quote, "quote");
    Objects.requireNonNull(quote.id(), "quote id");
    // Removed first so that a quote remembered again counts as the newest.
    quotes.remove(quote.id());
    quotes.put(quote.id(), quote);
    if (quotes.size() > capacity) {
      Iterator<String> oldest = quotes.keySet().iterator();
      oldest.next();
      oldest.remove();
    }
  }

  @Override
  public synchronized Option<QuotedFee> find(String quoteId) {
    return Option.of(quotes.get(Objects.requireNonNull(quoteId, "quoteId")));
  }

  /** Nothing: the store is bounded by its capacity, the oldest quotes going first. */
  @Override
  public int pruneStale(Instant now) {
    Objects.requireNonNull(now, "now");
    return 0;
  }
}
