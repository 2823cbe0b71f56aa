package io.taksit.adapters.persistence.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.benmanes.caffeine.cache.Ticker;
import io.taksit.application.contract.StoreSamples;
import io.taksit.application.contract.SyncedCatalogContract;
import io.taksit.application.port.out.SyncedCatalog;
import io.taksit.domain.bill.BillerId;
import io.taksit.domain.catalog.CatalogEntry;
import io.taksit.domain.catalog.InputFields;
import io.taksit.domain.provider.ProviderId;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** What the catalog entries kept in memory save, and how soon a sync is seen. */
class RecentCatalogEntriesTest {

  private static final ProviderId MOMKN = new ProviderId("momkn");
  private static final Instant T0 = StoreSamples.T0;

  private final CountingCatalog store = new CountingCatalog();
  private final AtomicLong nanos = new AtomicLong();
  private final Ticker ticker = nanos::get;
  private final RecentCatalogEntries catalog = new RecentCatalogEntries(store,
      Duration.ofSeconds(30), 100, ticker);
  private final CatalogEntry takka = SyncedCatalogContract.takka();
  private final BillerId id = takka.biller().id();

  @Test
  void anEntryIsReadFromTheStoreOnceWhileItIsKept() {
    store.store(MOMKN, "v1", List.of(takka), T0);

    for (int n = 0; n < 5; n++) {
      assertThat(catalog.find(id)).contains(takka);
    }
    assertThat(store.finds.get()).isEqualTo(1);
  }

  @Test
  void aBillerNoCatalogListsIsKeptAsSuchToo() {
    BillerId configuredByHand = BillerId.of("kuwait-water").get();
    assertThat(catalog.find(configuredByHand)).isEmpty();
    assertThat(catalog.find(configuredByHand)).isEmpty();
    assertThat(store.finds.get()).isEqualTo(1);
  }

  @Test
  void aSyncThroughThisInstanceIsSeenAtOnce() {
    store.store(MOMKN, "v1", List.of(takka), T0);
    assertThat(catalog.find(id)).contains(takka);

    CatalogEntry changed = new CatalogEntry(takka.biller(), InputFields.NONE);
    catalog.store(MOMKN, "v2", List.of(changed), T0.plusSeconds(1));

    assertThat(catalog.find(id)).contains(changed);
  }

  @Test
  void aSyncThroughAnotherInstanceIsSeenOnceTheKeepHasPassed() {
    store.store(MOMKN, "v1", List.of(takka), T0);
    assertThat(catalog.find(id)).contains(takka);
    CatalogEntry changed = new CatalogEntry(takka.biller(), InputFields.NONE);
    store.store(MOMKN, "v2", List.of(changed), T0.plusSeconds(1));

    nanos.addAndGet(Duration.ofSeconds(29).toNanos());
    assertThat(catalog.find(id)).as("within the keep").contains(takka);
    nanos.addAndGet(Duration.ofSeconds(1).toNanos());
    assertThat(catalog.find(id)).as("once the keep passed").contains(changed);
  }

  @Test
  void aFailedReadIsNotKept() {
    store.store(MOMKN, "v1", List.of(takka), T0);
    store.failReads = true;
    assertThatThrownBy(() -> catalog.find(id)).isInstanceOf(IllegalStateException.class);

    store.failReads = false;
    assertThat(catalog.find(id)).contains(takka);
  }

  @Test
  void aRefusedSyncStillDropsWhatWasKept() {
    assertThat(catalog.find(id)).isEmpty();
    store.store(MOMKN, "v1", List.of(takka), T0);
    store.failWrites = true;

    assertThatThrownBy(() -> catalog.store(MOMKN, "v2", List.of(takka), T0))
        .isInstanceOf(IllegalStateException.class);
    assertThat(catalog.find(id)).contains(takka);
  }

  @Test
  void versionsAndListingsAlwaysReadTheStore() {
    catalog.store(MOMKN, "v1", List.of(takka), T0);
    assertThat(catalog.version(MOMKN)).contains("v1");
    assertThat(catalog.all()).containsExactly(takka);
    store.store(MOMKN, "v2", List.empty(), T0);
    assertThat(catalog.version(MOMKN)).contains("v2");
  }

  /** A store that counts its reads by id. */
  private static final class CountingCatalog implements SyncedCatalog {
    final Map<BillerId, CatalogEntry> entries = new HashMap<>();
    final Map<ProviderId, String> versions = new HashMap<>();
    final AtomicInteger finds = new AtomicInteger();
    volatile boolean failReads;
    volatile boolean failWrites;

    @Override public synchronized Option<String> version(ProviderId provider) {
      return Option.of(versions.get(provider));
    }

    @Override public synchronized void store(ProviderId provider, String version,
        List<CatalogEntry> page, Instant syncedAt) {
      if (failWrites) {
        throw new IllegalStateException("database down");
      }
      page.forEach(entry -> entries.put(entry.biller().id(), entry));
      versions.put(provider, version);
    }

    @Override public synchronized Option<CatalogEntry> find(BillerId id) {
      finds.incrementAndGet();
      if (failReads) {
        throw new IllegalStateException("database down");
      }
      return Option.of(entries.get(id));
    }

    @Override public synchronized List<CatalogEntry> all() {
      return List.ofAll(entries.values());
    }
  }
}
