package io.taksit.bootstrap.provider;

import io.taksit.adapters.http.spi.ProviderContext;
import io.taksit.adapters.http.spi.ProviderGateways;
import io.taksit.adapters.http.spi.ProviderPlugin;
import io.taksit.adapters.http.support.ConfigChecks;
import io.taksit.bootstrap.resilience.ResilienceSettings;
import io.taksit.domain.provider.ProviderId;
import java.util.Objects;

/**
 * A provider, its configuration and its circuit breaker and bulkhead settings, as a host or a
 * configuration file chose them; the gateways are made when Taksit is built, with its clock. Printing one shows the id and the configuration
 * record, whose secrets print masked.
 *
 * @param <C> the provider's configuration record
 */
public record ConfiguredProvider<C>(ProviderPlugin<C> plugin, C config,
    ResilienceSettings resilience) {

  public ConfiguredProvider {
    Objects.requireNonNull(plugin, "plugin");
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(resilience, "resilience");
  }

  /** A provider with the default circuit breaker and bulkhead. */
  public ConfiguredProvider(ProviderPlugin<C> plugin, C config) {
    this(plugin, config, ResilienceSettings.DEFAULTS);
  }


  public ProviderId id() {
    return plugin.id();
  }

  /**
   * The provider's gateways.
   *
   * @throws IllegalArgumentException listing every problem of the configuration
   */
  public ProviderGateways gateways(ProviderContext context) {
    ConfigChecks.requireNone(plugin.problems(config));
    return plugin.gateways(config, context);
  }

  /** The configuration, when it is of {@code type}. */
  public <T> io.vavr.control.Option<T> config(Class<T> type) {
    return type.isInstance(config) ? io.vavr.control.Option.some(type.cast(config))
        : io.vavr.control.Option.none();
  }
}
