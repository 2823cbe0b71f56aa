package io.taksit.adapters.http.momkn;

import io.taksit.adapters.http.spi.DeclaredProvider;
import io.taksit.adapters.http.spi.ProviderCapability;
import io.taksit.adapters.http.spi.ProviderContext;
import io.taksit.adapters.http.spi.ProviderGateways;
import io.taksit.adapters.http.support.HttpCalls;
import io.taksit.domain.provider.ProviderId;
import io.vavr.collection.HashSet;

/**
 * Momkn's bill-payment gateway through the provider SPI: configured under {@code providers.momkn}
 * ({@link MomknConfig}), registered in
 * {@code META-INF/services/io.taksit.adapters.http.spi.ProviderPlugin}. {@code Password} of the authentication and the bearer {@code token} it answers are secret.
 */
public final class MomknProvider extends DeclaredProvider<MomknConfig> {

  /** The provider's id: {@code providers.momkn} and the provider of its answers. */
  public static final ProviderId ID = new ProviderId("momkn");

  public MomknProvider() {
    super(ID, MomknConfig.class, HashSet.of(ProviderCapability.BILLING, ProviderCapability.CATALOG), HashSet.of("Password", "token"));
  }

  @Override
  public ProviderGateways gateways(MomknConfig config, ProviderContext context) {
    MomknGateway gateway = new MomknGateway(config, HttpCalls.of(config.http()), context.clock());
    // One gateway, two roles: the catalog shares the payment calls' token and connections.
    return ProviderGateways.billing(gateway).withCatalog(gateway);
  }
}
