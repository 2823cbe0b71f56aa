package io.taksit.application.gateway;

import io.taksit.application.failure.Failure;
import io.taksit.application.port.out.BillingGateway;
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

  private GatewayRegistry(Map<ProviderId, BillingGateway> billing,
      Map<ProviderId, InstallmentGateway> installments) {
    this.billing = billing;
    this.installments = installments;
  }

  public static GatewayRegistry of(List<BillingGateway> billing, List<InstallmentGateway> installments) {
    return new GatewayRegistry(
        LinkedHashMap.ofEntries(billing.map(g -> io.vavr.Tuple.of(g.provider(), g))),
        LinkedHashMap.ofEntries(installments.map(g -> io.vavr.Tuple.of(g.provider(), g))));
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
