package io.taksit.application.catalog;

import io.taksit.application.port.in.ListBillers.Listing;
import io.taksit.application.port.in.ListBillers.Origin;
import io.taksit.application.port.out.BillerCatalog;
import io.taksit.application.port.out.SyncedCatalog;
import io.taksit.domain.bill.Biller;
import io.taksit.domain.bill.BillerId;
import io.taksit.domain.catalog.CatalogEntry;
import io.taksit.domain.provider.ProviderId;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * Every biller a host offers: the ones configured by hand and the services synced from providers'
 * catalogs, as one {@link BillerCatalog} for the use cases. On the same id the configured biller
 * wins (an operator's word over a provider's list); the fields of its catalog entry, which
 * configuration does not state, still apply, so a configured service keeps its input checks.
 */
public final class BillerDirectory implements BillerCatalog {

  private final BillerCatalog configured;
  private final SyncedCatalog synced;

  public BillerDirectory(BillerCatalog configured, SyncedCatalog synced) {
    this.configured = Objects.requireNonNull(configured, "configured");
    this.synced = Objects.requireNonNull(synced, "synced");
  }

  /** Only the billers configured by hand: no provider's catalog was synced. */
  public static BillerDirectory of(BillerCatalog configured) {
    return configured instanceof BillerDirectory directory
        ? directory : new BillerDirectory(configured, NO_CATALOG);
  }

  private static final SyncedCatalog NO_CATALOG = new SyncedCatalog() {
    @Override public Option<String> version(ProviderId provider) { return Option.none(); }

    @Override public void store(ProviderId provider, String version, List<CatalogEntry> entries,
        Instant syncedAt) {
      throw new UnsupportedOperationException("this directory holds no synced catalog");
    }

    @Override public Option<CatalogEntry> find(BillerId id) { return Option.none(); }

    @Override public List<CatalogEntry> all() { return List.empty(); }
  };

  @Override
  public Option<Biller> find(BillerId id) {
    return configured.find(id).orElse(() -> synced.find(id).map(CatalogEntry::biller));
  }

  @Override
  public List<Biller> all() {
    return listings().map(Listing::biller);
  }

  /** The biller of {@code id} with its input fields (none for a biller no catalog lists). */
  public Option<CatalogEntry> entry(BillerId id) {
    Option<CatalogEntry> fromCatalog = synced.find(id);
    return configured.find(id)
        .map(biller -> fromCatalog.map(entry -> entry.forBiller(biller))
            .getOrElse(() -> CatalogEntry.withoutFields(biller)))
        .orElse(fromCatalog);
  }

  /** Every biller with its fields and origin, ordered by id. */
  public List<Listing> listings() {
    List<CatalogEntry> fromCatalogs = synced.all();
    List<Biller> byHand = configured.all();
    Set<BillerId> handIds = byHand.map(Biller::id).toSet();
    List<Listing> handListings = byHand.map(biller -> new Listing(
        fromCatalogs.find(entry -> entry.biller().id().equals(biller.id()))
            .map(entry -> entry.forBiller(biller))
            .getOrElse(() -> CatalogEntry.withoutFields(biller)),
        Origin.CONFIGURED));
    List<Listing> syncedListings = fromCatalogs
        .filter(entry -> !handIds.contains(entry.biller().id()))
        .map(entry -> new Listing(entry, Origin.SYNCED));
    return handListings.appendAll(syncedListings).sortBy(listing -> listing.biller().id().value());
  }
}
