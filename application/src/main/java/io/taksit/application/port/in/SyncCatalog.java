package io.taksit.application.port.in;

import io.taksit.application.failure.Failure;
import io.taksit.domain.bill.BillerId;
import io.taksit.domain.provider.ProviderId;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Objects;

/**
 * Fetches a provider's service catalog and stores its services as billers with their input
 * fields. Incremental: it asks only for what changed since the version last synced, unless a full
 * sync is asked for.
 */
public interface SyncCatalog {

  Either<Failure, Report> sync(Command command);

  /**
   * @param provider the provider whose catalog to fetch ({@code momkn})
   * @param full     ask for the whole catalog, whatever was synced before
   */
  record Command(
      @NotBlank(message = "is required")
      @Pattern(regexp = "[a-z][a-z0-9-]{0,31}",
          message = "must be 1 to 32 lower-case letters, digits or dashes, starting with a letter")
      String provider,
      boolean full) {}

  /**
   * What one sync did.
   *
   * @param fromVersion the version asked from; none for the whole catalog
   * @param toVersion   the catalog's version now, the next sync's starting point
   * @param stored      the billers stored or replaced, by id
   * @param unusable    one line per service that could not be used, naming it and why
   */
  record Report(ProviderId provider, Option<String> fromVersion, String toVersion,
      List<BillerId> stored, List<String> unusable) {
    public Report {
      Objects.requireNonNull(provider, "provider");
      Objects.requireNonNull(fromVersion, "fromVersion");
      Objects.requireNonNull(toVersion, "toVersion");
      Objects.requireNonNull(stored, "stored");
      Objects.requireNonNull(unusable, "unusable");
    }
  }
}
