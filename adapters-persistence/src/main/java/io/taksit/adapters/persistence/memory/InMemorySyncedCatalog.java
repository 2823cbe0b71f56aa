package io.taksit.adapters.persistence.memory;

import io.taksit.application.port.out.SyncedCatalog;
import io.taksit.domain.bill.BillerId;
import io.taksit.domain.catalog.CatalogEntry;
import io.taksit.domain.provider.ProviderId;
import io.vavr.collection.List;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * The synced catalog in memory, for tests and a memory-backed Taksit. Bounded by the providers'
 * catalogs themselves: an entry replaces the one of its biller id, so it holds at most one entry
 * per service ever listed. A sync is one atomic swap of an immutable state.
 */
public final class InMemorySyncedCatalog implements SyncedCatalog {

  private record State(TreeMap<String, CatalogEntry> entries, TreeMap<ProviderId, String> versions) {}

  private volatile State state = new State(TreeMap.empty(), TreeMap.empty());

  @Override
  public Option<String> version(ProviderId provider) {
    return state.versions().get(Objects.requireNonNull(provider, "provider"));
  }

  @Override
  public synchronized void store(ProviderId provider, String version, List<CatalogEntry> entries,
      Instant syncedAt) {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(syncedAt, "syncedAt");
    SyncedCatalog.requireOwnBillers(provider, entries);
    TreeMap<String, CatalogEntry> next = state.entries();
    for (CatalogEntry entry : entries) {
      next = next.put(entry.biller().id().value(), entry);
    }
    state = new State(next, state.versions().put(provider, version));
  }

  @Override
  public Option<CatalogEntry> find(BillerId id) {
    return state.entries().get(Objects.requireNonNull(id, "id").value());
  }

  @Override
  public List<CatalogEntry> all() {
    return state.entries().values().toList();
  }
}
