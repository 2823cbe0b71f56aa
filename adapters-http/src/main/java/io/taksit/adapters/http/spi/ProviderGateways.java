package io.taksit.adapters.http.spi;

import io.taksit.application.port.out.BillingGateway;
import io.taksit.application.port.out.InstallmentGateway;
import io.vavr.control.Option;
import java.util.Objects;

/** The gateways one provider created: a billing one, an installment one, or both. */
public record ProviderGateways(Option<BillingGateway> billing,
    Option<InstallmentGateway> installments) {

  public ProviderGateways {
    Objects.requireNonNull(billing, "billing");
    Objects.requireNonNull(installments, "installments");
    if (billing.isEmpty() && installments.isEmpty()) {
      throw new IllegalArgumentException("a provider creates at least one gateway");
    }
  }

  public static ProviderGateways billing(BillingGateway gateway) {
    return new ProviderGateways(Option.some(Objects.requireNonNull(gateway, "gateway")),
        Option.none());
  }

  public static ProviderGateways installments(InstallmentGateway gateway) {
    return new ProviderGateways(Option.none(),
        Option.some(Objects.requireNonNull(gateway, "gateway")));
  }
}
