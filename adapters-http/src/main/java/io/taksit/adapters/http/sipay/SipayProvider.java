package io.taksit.adapters.http.sipay;

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
 * Sipay Wallet's invoice payment through the provider SPI: configured under {@code providers.sipay} ({@link SipayConfig}), registered in
 * {@code META-INF/services/io.taksit.adapters.http.spi.ProviderPlugin}.
 */
public final class SipayProvider implements ProviderPlugin<SipayConfig> {

  /** The provider's id: {@code providers.sipay} and the {@code provider} of its billers. */
  public static final ProviderId ID = new ProviderId("sipay");

  @Override
  public ProviderId id() {
    return ID;
  }

  @Override
  public Set<ProviderCapability> capabilities() {
    return HashSet.of(ProviderCapability.BILLING);
  }

  @Override
  public Class<SipayConfig> configType() {
    return SipayConfig.class;
  }

  @Override
  public List<ConfigProblem> problems(SipayConfig config) {
    return config.problems();
  }

  @Override
  public ProviderGateways gateways(SipayConfig config, ProviderContext context) {
    return ProviderGateways.billing(new SipayGateway(config, HttpCalls.of(config.http()), context.clock()));
  }

  /** {@code client_secret} of the token call, the {@code access_token} it answers. */
  @Override
  public Set<String> secretNames() {
    return HashSet.of("client_secret", "access_token");
  }
}
