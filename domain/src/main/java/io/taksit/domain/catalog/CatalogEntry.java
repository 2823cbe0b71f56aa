package io.taksit.domain.catalog;

import io.taksit.domain.bill.Biller;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * One service of a provider's catalog: the biller it pays and the inputs its requests need. A
 * host builds its forms from {@link #fields()}.
 *
 * @param accountField the key of the field that holds the billing account (Momkn's
 *     {@code billingAccount}), if one of the fields does: an inquiry's account is checked
 *     against that field's rule
 */
public record CatalogEntry(Biller biller, InputFields fields, Option<String> accountField) {

  public CatalogEntry {
    Objects.requireNonNull(biller, "biller");
    Objects.requireNonNull(fields, "fields");
    Objects.requireNonNull(accountField, "accountField");
    if (accountField.exists(key -> fields.field(key).isEmpty())) {
      throw new IllegalArgumentException("the account field " + accountField.get()
          + " is not one of the service's fields");
    }
  }

  /** An entry whose fields hold no account. */
  public CatalogEntry(Biller biller, InputFields fields) {
    this(biller, fields, Option.none());
  }

  /** A biller with no input fields beyond the account (a hand-configured one). */
  public static CatalogEntry withoutFields(Biller biller) {
    return new CatalogEntry(biller, InputFields.NONE);
  }

  /** The same fields and account field, for another biller (one configured by hand). */
  public CatalogEntry forBiller(Biller other) {
    return new CatalogEntry(other, fields, accountField);
  }
}
