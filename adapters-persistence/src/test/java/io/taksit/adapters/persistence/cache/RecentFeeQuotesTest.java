package io.taksit.adapters.persistence.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taksit.application.contract.MovableClock;
import io.taksit.application.contract.StoreSamples;
import io.taksit.application.port.out.FeeQuotes;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What the quotes kept in memory save, and when they leave the answer to the store. */
class RecentFeeQuotesTest {

  private final CountingQuotes store = new CountingQuotes();
  private final MovableClock clock = new MovableClock(StoreSamples.T0);
  private final RecentFeeQuotes quotes = new RecentFeeQuotes(store, clock, Duration.ofMinutes(15),
      3);

  @Test
  void aQuoteMadeHereIsFoundWithoutReadingTheStore() {
    FeeQuotes.QuotedFee quote = quote("q-1");
    quotes.remember(quote);

    assertThat(quotes.find("q-1")).contains(quote);
    assertThat(store.writes.get()).isEqualTo(1);
    assertThat(store.reads.get()).isZero();
  }

  @Test
  void aQuoteMadeByAnotherInstanceIsReadFromTheStoreEachTime() {
    FeeQuotes.QuotedFee elsewhere = quote("q-2");
    store.remember(elsewhere);

    assertThat(quotes.find("q-2")).contains(elsewhere);
    assertThat(quotes.find("q-2")).contains(elsewhere);
    assertThat(quotes.find("q-unknown")).isEmpty();
    assertThat(store.reads.get()).isEqualTo(3);
    assertThat(quotes.size()).isZero();
  }

  @Test
  void pastItsKeepAQuoteIsTheStoresToAnswerSoAPrunedQuoteIsGoneHereToo() {
    quotes.remember(quote("q-1"));
    clock.advance(Duration.ofMinutes(16));
    store.pruneStale(clock.instant());

    assertThat(quotes.find("q-1")).isEmpty();
    assertThat(store.reads.get()).isEqualTo(1);
  }

  @Test
  void aQuoteTheStoreRefusedIsNotKept() {
    store.failWrites = true;
    assertThatThrownBy(() -> quotes.remember(quote("q-1"))).isInstanceOf(IllegalStateException.class);

    store.failWrites = false;
    assertThat(quotes.find("q-1")).isEmpty();
    assertThat(quotes.size()).isZero();
  }

  @Test
  void noMoreThanTheMaximumIsKeptAndTheRestIsStillFoundInTheStore() {
    for (int n = 0; n < 50; n++) {
      quotes.remember(quote("q-" + n));
    }

    assertThat(quotes.size()).isLessThanOrEqualTo(3);
    for (int n = 0; n < 50; n++) {
      assertThat(quotes.find("q-" + n)).as("q-" + n).hasSize(1);
    }
  }

  @Test
  void badSettingsAreRefused() {
    assertThatThrownBy(() -> new RecentFeeQuotes(store, clock, Duration.ZERO, 3))
        .hasMessage("keep must be positive, was PT0S");
    assertThatThrownBy(() -> new RecentFeeQuotes(store, clock, Duration.ofMinutes(1), 0))
        .hasMessage("maximum must be at least 1, was 0");
  }

  private FeeQuotes.QuotedFee quote(String id) {
    return StoreSamples.scheduleQuote(id, "BRN-1", 10_000, clock.instant());
  }

  /** A store that counts what is asked of it and forgets quotes older than 15 minutes when pruned. */
  private static final class CountingQuotes implements FeeQuotes {
    final Map<String, QuotedFee> byId = new HashMap<>();
    final AtomicInteger reads = new AtomicInteger();
    final AtomicInteger writes = new AtomicInteger();
    volatile boolean failWrites;

    @Override public synchronized void remember(QuotedFee quote) {
      if (failWrites) {
        throw new IllegalStateException("database down");
      }
      writes.incrementAndGet();
      byId.put(quote.id(), quote);
    }

    @Override public synchronized Option<QuotedFee> find(String quoteId) {
      reads.incrementAndGet();
      return Option.of(byId.get(quoteId));
    }

    @Override public synchronized int pruneStale(Instant now) {
      int before = byId.size();
      byId.values().removeIf(q -> q.quotedAt().isBefore(now.minus(Duration.ofMinutes(15))));
      return before - byId.size();
    }
  }
}
