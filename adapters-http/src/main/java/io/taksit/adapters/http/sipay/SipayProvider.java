package io.taksit.adapters.http.sipay;

import io.taksit.adapters.http.spi.DeclaredProvider;
import io.taksit.adapters.http.spi.ProviderCapability;
import io.taksit.adapters.http.spi.ProviderContext;
import io.taksit.adapters.http.spi.ProviderGateways;
import io.taksit.adapters.http.support.HttpCalls;
import io.taksit.domain.provider.ProviderId;
import io.vavr.collection.HashSet;

/**
 * Sipay Wallet's invoice payment through the provider SPI: configured under {@code providers.sipay}
 * ({@link SipayConfig}), registered in
 * {@code META-INF/services/io.taksit.adapters.http.spi.ProviderPlugin}. {@code client_secret} of the token call and the {@code access_token} it answers are secret.
 */
public final class SipayProvider extends DeclaredProvider<SipayConfig> {

  /** The provider's id: {@code providers.sipay} and the provider of its answers. */
  public static final ProviderId ID = new ProviderId("sipay");

  public SipayProvider() {
    super(ID, SipayConfig.class, HashSet.of(ProviderCapability.BILLING), HashSet.of("client_secret", "access_token"));
  }

  @Override
  public ProviderGateways gateways(SipayConfig config, ProviderContext context) {
    return ProviderGateways.billing(
        new SipayGateway(config, HttpCalls.of(config.http()), context.clock()));
  }
}
