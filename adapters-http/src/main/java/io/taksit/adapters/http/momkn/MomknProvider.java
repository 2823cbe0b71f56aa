package io.taksit.adapters.http.momkn;

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
 * Momkn's bill-payment gateway through the provider SPI: configured under {@code providers.momkn} ({@link MomknConfig}), registered in
 * {@code META-INF/services/io.taksit.adapters.http.spi.ProviderPlugin}.
 */
public final class MomknProvider implements ProviderPlugin<MomknConfig> {

  /** The provider's id: {@code providers.momkn} and the {@code provider} of its billers. */
  public static final ProviderId ID = new ProviderId("momkn");

  @Override
  public ProviderId id() {
    return ID;
  }

  @Override
  public Set<ProviderCapability> capabilities() {
    return HashSet.of(ProviderCapability.BILLING);
  }

  @Override
  public Class<MomknConfig> configType() {
    return MomknConfig.class;
  }

  @Override
  public List<ConfigProblem> problems(MomknConfig config) {
    return config.problems();
  }

  @Override
  public ProviderGateways gateways(MomknConfig config, ProviderContext context) {
    return ProviderGateways.billing(new MomknGateway(config, HttpCalls.of(config.http()), context.clock()));
  }

  /** {@code Password} of the authentication, the bearer {@code token} it answers. */
  @Override
  public Set<String> secretNames() {
    return HashSet.of("Password", "token");
  }
}
