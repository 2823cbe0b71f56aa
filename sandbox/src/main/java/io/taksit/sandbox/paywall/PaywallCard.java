package io.taksit.sandbox.paywall;

import io.vavr.control.Option;
import java.util.Objects;

/** What Paywall knows of a card BIN; the family is absent for debit cards. */
public record PaywallCard(String bin, String bank, String brand, Option<String> family,
    String kind, String type) {

  public PaywallCard {
    Objects.requireNonNull(bin, "bin");
    Objects.requireNonNull(bank, "bank");
    Objects.requireNonNull(brand, "brand");
    Objects.requireNonNull(family, "family");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(type, "type");
  }
}
