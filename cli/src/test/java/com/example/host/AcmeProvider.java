package com.example.host;

import io.taksit.adapters.http.spi.ProviderCapability;
import io.taksit.adapters.http.spi.ProviderContext;
import io.taksit.adapters.http.spi.ProviderGateways;
import io.taksit.adapters.http.spi.ProviderPlugin;
import io.taksit.adapters.http.support.ConfigProblem;
import io.taksit.domain.provider.ProviderId;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Set;

/**
 * A host's own provider, registered through the SPI from the host's own class path
 * ({@code META-INF/services/io.taksit.adapters.http.spi.ProviderPlugin} in this module's test
 * resources): no Taksit file names it.
 */
public final class AcmeProvider implements ProviderPlugin<AcmeConfig> {

  public static final ProviderId ID = new ProviderId("acme");

  @Override
  public ProviderId id() {
    return ID;
  }

  @Override
  public Set<ProviderCapability> capabilities() {
    return HashSet.of(ProviderCapability.INSTALLMENTS);
  }

  @Override
  public Class<AcmeConfig> configType() {
    return AcmeConfig.class;
  }

  @Override
  public List<ConfigProblem> problems(AcmeConfig config) {
    return config.problems();
  }

  @Override
  public ProviderGateways gateways(AcmeConfig config, ProviderContext context) {
    return ProviderGateways.installments(new AcmeGateway(config));
  }

  /** Its key travels in a header of its own, which Taksit's masking then hides everywhere. */
  @Override
  public Set<String> secretNames() {
    return HashSet.of("X-Merchant-Key");
  }
}
