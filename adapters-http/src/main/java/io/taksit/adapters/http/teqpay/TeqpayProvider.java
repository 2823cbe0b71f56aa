package io.taksit.adapters.http.teqpay;

import io.taksit.adapters.http.spi.DeclaredProvider;
import io.taksit.adapters.http.spi.ProviderCapability;
import io.taksit.adapters.http.spi.ProviderContext;
import io.taksit.adapters.http.spi.ProviderGateways;
import io.taksit.adapters.http.support.HttpCalls;
import io.taksit.domain.provider.ProviderId;
import io.vavr.collection.HashSet;

/**
 * Teqpay's installment information through the provider SPI: configured under {@code providers.teqpay}
 * ({@link TeqpayConfig}), registered in
 * {@code META-INF/services/io.taksit.adapters.http.spi.ProviderPlugin}. The {@code ApiKey} and {@code SecretKey} headers are secret.
 */
public final class TeqpayProvider extends DeclaredProvider<TeqpayConfig> {

  /** The provider's id: {@code providers.teqpay} and the provider of its answers. */
  public static final ProviderId ID = new ProviderId("teqpay");

  public TeqpayProvider() {
    super(ID, TeqpayConfig.class, HashSet.of(ProviderCapability.INSTALLMENTS), HashSet.of("ApiKey", "SecretKey"));
  }

  @Override
  public ProviderGateways gateways(TeqpayConfig config, ProviderContext context) {
    return ProviderGateways.installments(
        new TeqpayGateway(config, HttpCalls.of(config.http()), context.clock()));
  }
}
