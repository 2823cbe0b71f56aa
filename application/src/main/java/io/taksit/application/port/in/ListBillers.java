package io.taksit.application.port.in;

import io.taksit.application.failure.Failure;
import io.taksit.domain.bill.Biller;
import io.taksit.domain.catalog.CatalogEntry;
import io.taksit.domain.catalog.InputFields;
import io.vavr.collection.List;
import io.vavr.control.Either;
import jakarta.validation.constraints.Pattern;
import java.util.Objects;

/**
 * The billers a host offers, with the input fields each asks for: what a host's forms are built
 * from. Hand-configured billers and the services synced from providers' catalogs, one row per
 * biller id.
 */
public interface ListBillers {

  Either<Failure, List<Listing>> list(Query query);

  /** @param provider only this provider's billers; null for every provider's */
  record Query(
      @Pattern(regexp = "[a-z][a-z0-9-]{0,31}",
          message = "must be 1 to 32 lower-case letters, digits or dashes, starting with a letter")
      String provider) {

    /** Every biller. */
    public static Query all() {
      return new Query(null);
    }
  }

  /** Where a listed biller's definition comes from. */
  enum Origin {
    /** Configured by hand (taksit.yaml, the builder); its catalog entry, if any, adds fields. */
    CONFIGURED,
    /** Synced from its provider's catalog. */
    SYNCED
  }

  /**
   * One biller: its definition (amount rule, modes, activity) and its input fields. A biller
   * configured by hand wins over a synced service of the same id; its input fields, which
   * configuration does not state, are still the catalog's.
   */
  record Listing(CatalogEntry entry, Origin origin) {
    public Listing {
      Objects.requireNonNull(entry, "entry");
      Objects.requireNonNull(origin, "origin");
    }

    public Biller biller() {
      return entry.biller();
    }

    public InputFields fields() {
      return entry.fields();
    }
  }
}
