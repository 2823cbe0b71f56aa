package io.taksit.adapters.persistence.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Ticker;
import io.taksit.application.port.out.SyncedCatalog;
import io.taksit.domain.bill.BillerId;
import io.taksit.domain.catalog.CatalogEntry;
import io.taksit.domain.provider.ProviderId;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The synced catalog's entries by biller id, kept in memory for a short while in front of the
 * store, so that an inquiry does not read its service's input fields from the database each time:
 * one round trip fewer per payment.
 *
 * <p>What it may change, and why that is acceptable: a catalog is synced from the provider now and
 * then (the runtime's catalog sync), so what is stored is already up to one sync interval behind
 * the provider. A sync through this instance drops everything kept here as soon as it is stored;
 * a sync through another instance sharing the store is seen here at most {@code keep} later (by
 * default 30 s), and so is the rare read that raced this instance's own sync. Entries that are not in the catalog are kept as such too (a hand-configured
 * biller has none), so they cost no read either. {@link #version} and {@link #all} always read
 * the store: they serve the sync and the listing, not the payment path.
 */
public final class RecentCatalogEntries implements SyncedCatalog {

  /** How far behind another instance's sync this one may be; short against any sync interval. */
  public static final Duration DEFAULT_KEEP = Duration.ofSeconds(30);
  /** Entries kept at most: a catalog of a few thousand services fits. */
  public static final int DEFAULT_MAXIMUM = 10_000;

  private final SyncedCatalog store;
  private final Cache<BillerId, Option<CatalogEntry>> recent;

  public RecentCatalogEntries(SyncedCatalog store) {
    this(store, DEFAULT_KEEP, DEFAULT_MAXIMUM, Ticker.systemTicker());
  }

  /**
   * @param keep how long an entry read from the store is served from memory
   * @param maximum how many entries are kept at most; the least recently used go first
   * @param ticker the time {@code keep} is measured in (tests move it)
   */
  public RecentCatalogEntries(SyncedCatalog store, Duration keep, int maximum, Ticker ticker) {
    this.store = Objects.requireNonNull(store, "store");
    this.recent = BoundedCaches.of(keep, maximum, ticker);
  }

  @Override
  public Option<String> version(ProviderId provider) {
    return store.version(provider);
  }

  /** Stored, then everything kept is dropped, whether the store took the page or refused it. */
  @Override
  public void store(ProviderId provider, String version, List<CatalogEntry> entries,
      Instant syncedAt) {
    try {
      store.store(provider, version, entries, syncedAt);
    } finally {
      recent.invalidateAll();
    }
  }

  @Override
  public Option<CatalogEntry> find(BillerId id) {
    Objects.requireNonNull(id, "id");
    return recent.get(id, store::find);
  }

  @Override
  public List<CatalogEntry> all() {
    return store.all();
  }
}
