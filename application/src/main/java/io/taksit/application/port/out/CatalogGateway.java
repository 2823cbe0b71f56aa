package io.taksit.application.port.out;

import io.taksit.domain.catalog.CatalogEntry;
import io.taksit.domain.provider.ProviderId;
import io.vavr.collection.List;
import java.util.Objects;

/**
 * A provider's service catalog (Momkn's {@code GET /categories/{serviceListVersion}}): the
 * services it offers as billers with their input fields, fetched whole or since a version.
 */
public interface CatalogGateway {

  /** The version that asks for the whole catalog. */
  String FULL = "0";

  ProviderId provider();

  /**
   * The services changed since {@code sinceVersion} ({@link #FULL} for all of them) and the
   * version to ask from next time.
   */
  ReadOutcome<CatalogPage> services(String sinceVersion);

  /**
   * One answer of the catalog.
   *
   * @param version  the catalog's version now, to send as {@code sinceVersion} next time
   * @param entries  the services Taksit can hold
   * @param unusable one line per service it cannot (a code outside the tables), naming it
   */
  record CatalogPage(String version, List<CatalogEntry> entries, List<String> unusable) {
    public CatalogPage {
      Objects.requireNonNull(version, "version");
      Objects.requireNonNull(entries, "entries");
      Objects.requireNonNull(unusable, "unusable");
    }
  }
}
