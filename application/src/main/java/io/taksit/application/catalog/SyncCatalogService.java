package io.taksit.application.catalog;

import io.taksit.application.bill.ReadFailures;
import io.taksit.application.failure.Failure;
import io.taksit.application.gateway.GatewayRegistry;
import io.taksit.application.port.in.SyncCatalog;
import io.taksit.application.port.out.CatalogGateway;
import io.taksit.application.port.out.CatalogGateway.CatalogPage;
import io.taksit.application.port.out.ReadOutcome;
import io.taksit.application.port.out.SyncedCatalog;
import io.taksit.application.validation.CommandValidator;
import io.taksit.domain.catalog.CatalogEntry;
import io.taksit.domain.provider.ProviderId;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.util.Objects;

/**
 * Asks a provider's catalog for what changed since the version last synced (everything the first
 * time, or when asked to) and stores the answer in one step, so that a sync that fails midway
 * leaves the previous catalog and version as they were. A page whose services belong to another
 * provider is refused whole: a broken adapter must not plant billers another gateway would pay.
 */
public final class SyncCatalogService implements SyncCatalog {

  private final CommandValidator validator;
  private final GatewayRegistry gateways;
  private final SyncedCatalog synced;
  private final Clock clock;

  public SyncCatalogService(CommandValidator validator, GatewayRegistry gateways,
      SyncedCatalog synced, Clock clock) {
    this.validator = Objects.requireNonNull(validator, "validator");
    this.gateways = Objects.requireNonNull(gateways, "gateways");
    this.synced = Objects.requireNonNull(synced, "synced");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Either<Failure, Report> sync(Command command) {
    return validator.validate(command)
        .flatMap(valid -> gateways.requireCatalogOf(new ProviderId(valid.provider()))
            .flatMap(catalog -> sync(catalog, valid.full())));
  }

  private Either<Failure, Report> sync(CatalogGateway catalog, boolean full) {
    ProviderId provider = catalog.provider();
    Option<String> since = full ? Option.none() : synced.version(provider);
    ReadOutcome<CatalogPage> outcome;
    try {
      outcome = catalog.services(since.getOrElse(CatalogGateway.FULL));
    } catch (RuntimeException broken) {
      // Only the class name: an exception message may carry request data or secrets.
      return Either.left(new Failure.ProviderUnavailable(provider,
          "the catalog gateway failed: " + broken.getClass().getSimpleName(), Option.none()));
    }
    if (!(outcome instanceof ReadOutcome.Answered<CatalogPage> answered)) {
      return Either.left(ReadFailures.of(provider, outcome));
    }
    CatalogPage page = answered.value();
    List<CatalogEntry> foreign = page.entries()
        .filter(entry -> !entry.biller().provider().equals(provider));
    if (!foreign.isEmpty()) {
      return Either.left(new Failure.ProviderUnavailable(provider,
          "integrity: the catalog of " + provider + " lists billers of another provider: "
              + foreign.map(entry -> entry.biller().id().value()).mkString(", "), Option.none()));
    }
    synced.store(provider, page.version(), page.entries(), clock.instant());
    return Either.right(new Report(provider, since, page.version(),
        page.entries().map(entry -> entry.biller().id()), page.unusable()));
  }
}
