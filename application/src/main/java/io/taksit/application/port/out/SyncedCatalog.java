package io.taksit.application.port.out;

import io.taksit.domain.bill.BillerId;
import io.taksit.domain.catalog.CatalogEntry;
import io.taksit.domain.provider.ProviderId;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * The services synced from providers' catalogs ({@link CatalogGateway}), kept beside the billers
 * a host configured by hand, with the catalog version each provider was last synced at, so the
 * next sync asks only for what changed since.
 */
public interface SyncedCatalog {

  /** The version {@code provider}'s catalog was last synced at; none before its first sync. */
  Option<String> version(ProviderId provider);

  /**
   * Stores one catalog answer at once, or nothing: each entry replaces the one stored under its
   * biller id, the others stay, and {@code provider}'s version becomes {@code version}.
   *
   * @throws IllegalArgumentException if an entry's biller is not {@code provider}'s
   */
  void store(ProviderId provider, String version, List<CatalogEntry> entries, Instant syncedAt);

  Option<CatalogEntry> find(BillerId id);

  /**
   * For implementations of {@link #store}: refuses a page holding another provider's biller
   * before anything is written.
   *
   * @throws IllegalArgumentException naming the first such biller
   */
  static void requireOwnBillers(ProviderId provider, List<CatalogEntry> entries) {
    entries.find(entry -> !entry.biller().provider().equals(provider)).forEach(foreign -> {
      throw new IllegalArgumentException("biller " + foreign.biller().id() + " is not "
          + provider + "'s");
    });
  }

  /** Every stored entry, ordered by biller id. */
  List<CatalogEntry> all();
}
