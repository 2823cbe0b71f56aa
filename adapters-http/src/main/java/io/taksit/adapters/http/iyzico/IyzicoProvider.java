package io.taksit.adapters.http.iyzico;

import io.taksit.adapters.http.spi.DeclaredProvider;
import io.taksit.adapters.http.spi.ProviderCapability;
import io.taksit.adapters.http.spi.ProviderContext;
import io.taksit.adapters.http.spi.ProviderGateways;
import io.taksit.adapters.http.support.HttpCalls;
import io.taksit.domain.provider.ProviderId;
import io.vavr.collection.HashSet;

/**
 * iyzico's installment inquiry through the provider SPI: configured under {@code providers.iyzico}
 * ({@link IyzicoConfig}), registered in
 * {@code META-INF/services/io.taksit.adapters.http.spi.ProviderPlugin}. The {@code Authorization} header (masked for every provider) carries the key and the signature; the keys' own names are masked too, wherever a text quotes them.
 */
public final class IyzicoProvider extends DeclaredProvider<IyzicoConfig> {

  /** The provider's id: {@code providers.iyzico} and the provider of its answers. */
  public static final ProviderId ID = new ProviderId("iyzico");

  public IyzicoProvider() {
    super(ID, IyzicoConfig.class, HashSet.of(ProviderCapability.INSTALLMENTS), HashSet.of("apiKey", "secretKey", "signature"));
  }

  @Override
  public ProviderGateways gateways(IyzicoConfig config, ProviderContext context) {
    return ProviderGateways.installments(
        new IyzicoGateway(config, HttpCalls.of(config.http()), context.clock()));
  }
}
