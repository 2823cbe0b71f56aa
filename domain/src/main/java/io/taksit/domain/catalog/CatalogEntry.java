package io.taksit.domain.catalog;

import io.taksit.domain.bill.Biller;
import java.util.Objects;

/**
 * One service of a provider's catalog: the biller it pays and the inputs its requests need. A
 * host builds its forms from {@link #fields()}.
 */
public record CatalogEntry(Biller biller, InputFields fields) {

  public CatalogEntry {
    Objects.requireNonNull(biller, "biller");
    Objects.requireNonNull(fields, "fields");
  }
}
