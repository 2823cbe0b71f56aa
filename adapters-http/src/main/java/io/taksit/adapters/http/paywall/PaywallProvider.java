package io.taksit.adapters.http.paywall;

import io.taksit.adapters.http.spi.DeclaredProvider;
import io.taksit.adapters.http.spi.ProviderCapability;
import io.taksit.adapters.http.spi.ProviderContext;
import io.taksit.adapters.http.spi.ProviderGateways;
import io.taksit.adapters.http.support.HttpCalls;
import io.taksit.domain.provider.ProviderId;
import io.vavr.collection.HashSet;

/**
 * Paywall's installment inquiry through the provider SPI: configured under {@code providers.paywall}
 * ({@link PaywallConfig}), registered in
 * {@code META-INF/services/io.taksit.adapters.http.spi.ProviderPlugin}. The public key headers of the inquiry and the private ones of the payment query are secret.
 */
public final class PaywallProvider extends DeclaredProvider<PaywallConfig> {

  /** The provider's id: {@code providers.paywall} and the provider of its answers. */
  public static final ProviderId ID = new ProviderId("paywall");

  public PaywallProvider() {
    super(ID, PaywallConfig.class, HashSet.of(ProviderCapability.INSTALLMENTS), HashSet.of("apikeypublic", "apiclientpublic", "apikeyprivate", "apiclientprivate"));
  }

  @Override
  public ProviderGateways gateways(PaywallConfig config, ProviderContext context) {
    return ProviderGateways.installments(
        new PaywallGateway(config, HttpCalls.of(config.http()), context.clock()));
  }
}
