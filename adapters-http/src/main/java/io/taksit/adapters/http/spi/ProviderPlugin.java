package io.taksit.adapters.http.spi;

import io.taksit.adapters.http.support.ConfigProblem;
import io.taksit.domain.provider.ProviderId;
import io.vavr.collection.List;
import io.vavr.collection.Set;

/**
 * One provider, as Taksit finds it: through {@link java.util.ServiceLoader}, from a line in a
 * jar's {@code META-INF/services/io.taksit.adapters.http.spi.ProviderPlugin}. Adding a provider
 * adds its package and that line; nothing in Taksit names it (Kill Bill's open plugin registry,
 * Hyperswitch's one connector type per provider).
 *
 * <p>Everything the configuration file, the CLI and the wiring need from a provider comes from
 * here: its id (the key under {@code providers.<id>} and the {@code provider} of a biller), the
 * type its section is bound to by Jackson, the problems of a bound section, the gateways it
 * creates, and the names its credentials travel under, so that logs mask them.
 *
 * <p>An implementation has a public no-argument constructor and no state of its own.
 *
 * @param <C> its configuration record, bound from {@code providers.<id>} by Jackson with
 *     {@link io.taksit.adapters.http.support.ProviderConfigJson}'s deserializers
 *     ({@code Duration}, {@code Secret}, {@code ZoneId})
 */
public interface ProviderPlugin<C> {

  /** The provider's id: the configuration key and every biller's {@code provider}. */
  ProviderId id();

  /** What it can do: pay bills, quote installment plans, or both. */
  Set<ProviderCapability> capabilities();

  /** The record {@code providers.<id>} is bound to. */
  Class<C> configType();

  /**
   * Every problem of a bound configuration at once, keyed {@code <id>.<field>} (the way each
   * adapter's {@code problems()} reports them); none when {@link #gateways} can use it.
   */
  List<ConfigProblem> problems(C config);

  /**
   * The gateways for a configuration that has no {@link #problems}: a billing gateway when
   * {@link #capabilities()} has {@link ProviderCapability#BILLING}, an installment gateway when
   * it has {@link ProviderCapability#INSTALLMENTS}, and its service catalog
   * ({@link ProviderGateways#withCatalog}) when it has {@link ProviderCapability#CATALOG}.
   */
  ProviderGateways gateways(C config, ProviderContext context);

  /**
   * The header and field names that carry this provider's credentials (compared without case),
   * such as {@code ApiKey} or {@code client_secret}. Every masked text (wire logs, outcome
   * messages, CLI errors) hides their values, whichever provider a text comes from.
   */
  Set<String> secretNames();
}
