package io.taksit.adapters.http.spi;

import io.taksit.adapters.http.support.ConfigProblem;
import io.taksit.domain.provider.ProviderId;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import java.util.Objects;

/**
 * A {@link ProviderPlugin} whose id, capabilities, configuration type and secret names are
 * declared once, in its constructor, and whose configuration checks itself
 * ({@link ProviderConfiguration}): a provider writes only how its gateways are made.
 *
 * <pre>{@code
 * public final class AcmeProvider extends DeclaredProvider<AcmeConfig> {
 *   public static final ProviderId ID = new ProviderId("acme");
 *   public AcmeProvider() {
 *     super(ID, AcmeConfig.class, HashSet.of(ProviderCapability.INSTALLMENTS),
 *         HashSet.of("X-Merchant-Key"));
 *   }
 *   public ProviderGateways gateways(AcmeConfig config, ProviderContext context) { ... }
 * }
 * }</pre>
 *
 * @param <C> its configuration record
 */
public abstract class DeclaredProvider<C extends ProviderConfiguration>
    implements ProviderPlugin<C> {

  private final ProviderId id;
  private final Class<C> configType;
  private final Set<ProviderCapability> capabilities;
  private final Set<String> secretNames;

  protected DeclaredProvider(ProviderId id, Class<C> configType,
      Set<ProviderCapability> capabilities, Set<String> secretNames) {
    this.id = Objects.requireNonNull(id, "id");
    this.configType = Objects.requireNonNull(configType, "configType");
    this.capabilities = Objects.requireNonNull(capabilities, "capabilities");
    this.secretNames = Objects.requireNonNull(secretNames, "secretNames");
    if (capabilities.isEmpty()) {
      throw new IllegalArgumentException("provider " + id + " must declare a capability");
    }
  }

  @Override
  public final ProviderId id() {
    return id;
  }

  @Override
  public final Set<ProviderCapability> capabilities() {
    return capabilities;
  }

  @Override
  public final Class<C> configType() {
    return configType;
  }

  @Override
  public final List<ConfigProblem> problems(C config) {
    return config.problems();
  }

  @Override
  public final Set<String> secretNames() {
    return secretNames;
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + id + "]";
  }
}
