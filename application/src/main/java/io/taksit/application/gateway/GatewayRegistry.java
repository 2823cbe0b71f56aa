package io.taksit.application.gateway;

import io.taksit.application.failure.Failure;
import io.taksit.application.port.out.BillingGateway;
import io.taksit.application.port.out.CatalogGateway;
import io.taksit.application.port.out.InstallmentGateway;
import io.taksit.domain.bill.Biller;
import io.taksit.domain.provider.ProviderId;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * Routes a biller to the gateway of its provider, and lists the installment gateways. Built once
 * by the host; immutable afterwards.
 */
public final class GatewayRegistry {

  private final Map<ProviderId, BillingGateway> billing;
  private final Map<ProviderId, InstallmentGateway> installments;
  private final Map<ProviderId, CatalogGateway> catalogs;

  private GatewayRegistry(Map<ProviderId, BillingGateway> billing,
      Map<ProviderId, InstallmentGateway> installments, Map<ProviderId, CatalogGateway> catalogs) {
    this.billing = billing;
    this.installments = installments;
    this.catalogs = catalogs;
  }

  public static GatewayRegistry of(List<BillingGateway> billing, List<InstallmentGateway> installments) {
    return of(billing, installments, List.empty());
  }

  public static GatewayRegistry of(List<BillingGateway> billing, List<InstallmentGateway> installments,
      List<CatalogGateway> catalogs) {
    return new GatewayRegistry(
        LinkedHashMap.ofEntries(billing.map(g -> io.vavr.Tuple.of(g.provider(), g))),
        LinkedHashMap.ofEntries(installments.map(g -> io.vavr.Tuple.of(g.provider(), g))),
        LinkedHashMap.ofEntries(catalogs.map(g -> io.vavr.Tuple.of(g.provider(), g))));
  }

  /**
   * The catalog of {@code provider}, or the failure: {@code Unsupported} for a provider the host
   * configured that has no catalog call, {@code NotFound} for one it did not configure.
   */
  public Either<Failure, CatalogGateway> requireCatalogOf(ProviderId provider) {
    Option<CatalogGateway> catalog = catalogs.get(provider);
    if (catalog.isDefined()) {
      return Either.right(catalog.get());
    }
    return billing.containsKey(provider) || installments.containsKey(provider)
        ? Either.left(new Failure.Unsupported(provider, "a service catalog"))
        : Either.left(new Failure.NotFound("provider", provider.value()));
  }

  /** The gateway that serves {@code biller}, if the host configured its provider. */
  public Option<BillingGateway> billingFor(Biller biller) {
    return billing.get(biller.provider());
  }

  /** The gateway that serves {@code biller}, or the failure that names the missing provider. */
  public Either<Failure, BillingGateway> requireBillingFor(Biller biller) {
    return billingFor(biller).<Either<Failure, BillingGateway>>map(Either::right)
        .getOrElse(() -> Either.left(new Failure.NotFound("gateway", biller.provider().value())));
  }

  /** Installment gateways, in registration order. */
  public List<InstallmentGateway> installmentGateways() {
    return installments.values().toList();
  }
}
