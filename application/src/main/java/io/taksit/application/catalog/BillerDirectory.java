package io.taksit.application.catalog;

import io.taksit.application.port.in.ListBillers.Listing;
import io.taksit.application.port.in.ListBillers.Origin;
import io.taksit.application.port.out.BillerCatalog;
import io.taksit.application.port.out.SyncedCatalog;
import io.taksit.domain.bill.Biller;
import io.taksit.domain.bill.BillerId;
import io.taksit.domain.catalog.CatalogEntry;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * Every biller a host offers: the ones configured by hand and the services synced from providers'
 * catalogs, as one {@link BillerCatalog} for the use cases. On the same id the configured biller
 * wins (an operator's word over a provider's list); the fields of its catalog entry, which
 * configuration does not state, still apply, so a configured service keeps its input checks.
 */
public final class BillerDirectory implements BillerCatalog {

  private final BillerCatalog configured;
  /** None for a directory of hand-configured billers only, into which nothing is synced. */
  private final Option<SyncedCatalog> synced;

  public BillerDirectory(BillerCatalog configured, SyncedCatalog synced) {
    this(configured, Option.some(Objects.requireNonNull(synced, "synced")));
  }

  private BillerDirectory(BillerCatalog configured, Option<SyncedCatalog> synced) {
    this.configured = Objects.requireNonNull(configured, "configured");
    this.synced = synced;
  }

  /** Only the billers configured by hand: no provider's catalog was synced. */
  public static BillerDirectory of(BillerCatalog configured) {
    return configured instanceof BillerDirectory directory
        ? directory : new BillerDirectory(configured, Option.none());
  }

  @Override
  public Option<Biller> find(BillerId id) {
    return configured.find(id).orElse(() -> fromCatalog(id).map(CatalogEntry::biller));
  }

  @Override
  public List<Biller> all() {
    return listings().map(Listing::biller);
  }

  /** The biller of {@code id} with its input fields (none for a biller no catalog lists). */
  public Option<CatalogEntry> entry(BillerId id) {
    Option<CatalogEntry> fromCatalog = fromCatalog(id);
    return configured.find(id).map(biller -> configuredEntry(biller, fromCatalog))
        .orElse(fromCatalog);
  }

  /** Every biller with its fields and origin, ordered by id. */
  public List<Listing> listings() {
    Map<BillerId, CatalogEntry> fromCatalogs = synced.map(SyncedCatalog::all)
        .getOrElse(List.empty()).toLinkedMap(entry -> entry.biller().id(), entry -> entry);
    List<Biller> byHand = configured.all();
    List<Listing> handListings = byHand.map(biller -> new Listing(
        configuredEntry(biller, fromCatalogs.get(biller.id())), Origin.CONFIGURED));
    List<Listing> syncedListings = fromCatalogs.removeAll(byHand.map(Biller::id)).values()
        .map(entry -> new Listing(entry, Origin.SYNCED)).toList();
    return handListings.appendAll(syncedListings).sortBy(listing -> listing.biller().id().value());
  }

  private Option<CatalogEntry> fromCatalog(BillerId id) {
    return synced.flatMap(catalog -> catalog.find(id));
  }

  /** A hand-configured biller wins; the fields of its service's catalog entry still apply. */
  private static CatalogEntry configuredEntry(Biller biller, Option<CatalogEntry> fromCatalog) {
    return fromCatalog.map(entry -> entry.forBiller(biller))
        .getOrElse(() -> CatalogEntry.withoutFields(biller));
  }
}
