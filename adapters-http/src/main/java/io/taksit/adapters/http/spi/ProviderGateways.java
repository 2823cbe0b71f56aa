package io.taksit.adapters.http.spi;

import io.taksit.application.port.out.BillingGateway;
import io.taksit.application.port.out.CatalogGateway;
import io.taksit.application.port.out.InstallmentGateway;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * The gateways one provider created: a billing one, an installment one, or both, and its service
 * catalog when it has one ({@link ProviderCapability#CATALOG}).
 */
public record ProviderGateways(Option<BillingGateway> billing,
    Option<InstallmentGateway> installments, Option<CatalogGateway> catalog) {

  public ProviderGateways {
    Objects.requireNonNull(billing, "billing");
    Objects.requireNonNull(installments, "installments");
    Objects.requireNonNull(catalog, "catalog");
    if (billing.isEmpty() && installments.isEmpty()) {
      throw new IllegalArgumentException("a provider creates at least one gateway");
    }
  }

  /** A provider without a service catalog (the form every adapter before catalogs used). */
  public ProviderGateways(Option<BillingGateway> billing, Option<InstallmentGateway> installments) {
    this(billing, installments, Option.none());
  }

  public static ProviderGateways billing(BillingGateway gateway) {
    return new ProviderGateways(Option.some(Objects.requireNonNull(gateway, "gateway")),
        Option.none());
  }

  public static ProviderGateways installments(InstallmentGateway gateway) {
    return new ProviderGateways(Option.none(),
        Option.some(Objects.requireNonNull(gateway, "gateway")));
  }

  /** The same gateways, and {@code catalog} to sync its services from. */
  public ProviderGateways withCatalog(CatalogGateway catalog) {
    return new ProviderGateways(billing, installments,
        Option.some(Objects.requireNonNull(catalog, "catalog")));
  }
}
