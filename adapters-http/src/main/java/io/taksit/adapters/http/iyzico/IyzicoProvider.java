package io.taksit.adapters.http.iyzico;

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
 * iyzico's installment inquiry through the provider SPI: configured under
 * {@code providers.iyzico} ({@link IyzicoConfig}), registered in
 * {@code META-INF/services/io.taksit.adapters.http.spi.ProviderPlugin}.
 */
public final class IyzicoProvider implements ProviderPlugin<IyzicoConfig> {

  /** The provider's id: {@code providers.iyzico}. */
  public static final ProviderId ID = new ProviderId("iyzico");

  @Override
  public ProviderId id() {
    return ID;
  }

  @Override
  public Set<ProviderCapability> capabilities() {
    return HashSet.of(ProviderCapability.INSTALLMENTS);
  }

  @Override
  public Class<IyzicoConfig> configType() {
    return IyzicoConfig.class;
  }

  @Override
  public List<ConfigProblem> problems(IyzicoConfig config) {
    return config.problems();
  }

  @Override
  public ProviderGateways gateways(IyzicoConfig config, ProviderContext context) {
    return ProviderGateways.installments(
        new IyzicoGateway(config, HttpCalls.of(config.http()), context.clock()));
  }

  /**
   * The {@code Authorization} header (common to all) carries the key and the signature; the
   * keys' own names are masked too, wherever a text quotes them.
   */
  @Override
  public Set<String> secretNames() {
    return HashSet.of("apiKey", "secretKey", "signature");
  }
}
