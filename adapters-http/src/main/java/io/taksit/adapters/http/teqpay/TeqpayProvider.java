package io.taksit.adapters.http.teqpay;

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
 * Teqpay's installment information through the provider SPI: configured under {@code providers.teqpay} ({@link TeqpayConfig}), registered in
 * {@code META-INF/services/io.taksit.adapters.http.spi.ProviderPlugin}.
 */
public final class TeqpayProvider implements ProviderPlugin<TeqpayConfig> {

  /** The provider's id: {@code providers.teqpay} and the {@code provider} of its billers. */
  public static final ProviderId ID = new ProviderId("teqpay");

  @Override
  public ProviderId id() {
    return ID;
  }

  @Override
  public Set<ProviderCapability> capabilities() {
    return HashSet.of(ProviderCapability.INSTALLMENTS);
  }

  @Override
  public Class<TeqpayConfig> configType() {
    return TeqpayConfig.class;
  }

  @Override
  public List<ConfigProblem> problems(TeqpayConfig config) {
    return config.problems();
  }

  @Override
  public ProviderGateways gateways(TeqpayConfig config, ProviderContext context) {
    return ProviderGateways.installments(new TeqpayGateway(config, HttpCalls.of(config.http()), context.clock()));
  }

  /** The {@code ApiKey} and {@code SecretKey} headers. */
  @Override
  public Set<String> secretNames() {
    return HashSet.of("ApiKey", "SecretKey");
  }
}
