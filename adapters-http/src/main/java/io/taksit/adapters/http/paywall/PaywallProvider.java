package io.taksit.adapters.http.paywall;

import io.taksit.adapters.http.spi.ProviderCapability;
import io.taksit.adapters.http.spi.ProviderContext;
import io.taksit.adapters.http.spi.ProviderGateways;
import io.taksit.adapters.http.spi.ProviderPlugin;
import io.taksit.adapters.http.support.ConfigProblem;
import io.taksit.adapters.http.support.HttpCalls;
import io.taksit.domain.provider.ProviderId;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Set;

/**
 * Paywall's installment inquiry through the provider SPI: configured under {@code providers.paywall} ({@link PaywallConfig}), registered in
 * {@code META-INF/services/io.taksit.adapters.http.spi.ProviderPlugin}.
 */
public final class PaywallProvider implements ProviderPlugin<PaywallConfig> {

  /** The provider's id: {@code providers.paywall} and the {@code provider} of its billers. */
  public static final ProviderId ID = new ProviderId("paywall");

  @Override
  public ProviderId id() {
    return ID;
  }

  @Override
  public Set<ProviderCapability> capabilities() {
    return HashSet.of(ProviderCapability.INSTALLMENTS);
  }

  @Override
  public Class<PaywallConfig> configType() {
    return PaywallConfig.class;
  }

  @Override
  public List<ConfigProblem> problems(PaywallConfig config) {
    return config.problems();
  }

  @Override
  public ProviderGateways gateways(PaywallConfig config, ProviderContext context) {
    return ProviderGateways.installments(new PaywallGateway(config, HttpCalls.of(config.http()), context.clock()));
  }

  /** The public key headers of the inquiry and the private ones of the payment query. */
  @Override
  public Set<String> secretNames() {
    return HashSet.of("apikeypublic", "apiclientpublic", "apikeyprivate", "apiclientprivate");
  }
}
