package com.example.host;

import io.taksit.adapters.http.spi.DeclaredProvider;
import io.taksit.adapters.http.spi.ProviderCapability;
import io.taksit.adapters.http.spi.ProviderContext;
import io.taksit.adapters.http.spi.ProviderGateways;
import io.taksit.domain.provider.ProviderId;
import io.vavr.collection.HashSet;

/**
 * A host's own provider, registered through the SPI from the host's own class path
 * ({@code META-INF/services/io.taksit.adapters.http.spi.ProviderPlugin} in this module's test
 * resources): no Taksit file names it.
 */
public final class AcmeProvider extends DeclaredProvider<AcmeConfig> {

  public static final ProviderId ID = new ProviderId("acme");

  /** Its key travels in a header of its own, which Taksit's masking then hides everywhere. */
  public AcmeProvider() {
    super(ID, AcmeConfig.class, HashSet.of(ProviderCapability.INSTALLMENTS),
        HashSet.of("X-Merchant-Key"));
  }

  @Override
  public ProviderGateways gateways(AcmeConfig config, ProviderContext context) {
    return ProviderGateways.installments(new AcmeGateway(config));
  }
}
