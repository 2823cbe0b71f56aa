package io.taksit.adapters.http.spi;

import io.taksit.domain.provider.ProviderId;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.util.ServiceLoader;

/**
 * The providers installed on the class path, found once through {@link ServiceLoader} and kept:
 * the open registry the configuration, the CLI and log masking look providers up in. Two
 * registrations of one id are a packaging error and fail loudly, naming both classes.
 */
public final class ProviderPlugins {

  private ProviderPlugins() {}

  /** Every installed provider, ordered by id. */
  public static List<ProviderPlugin<?>> installed() {
    return Installed.PLUGINS;
  }

  /** The ids of every installed provider, ordered. */
  public static List<ProviderId> ids() {
    return installed().map(ProviderPlugin::id);
  }

  /** The installed provider with this id, if any. */
  public static Option<ProviderPlugin<?>> find(ProviderId id) {
    return installed().find(plugin -> plugin.id().equals(id));
  }

  /** The installed provider with this id (as written in a configuration), if any. */
  public static Option<ProviderPlugin<?>> find(String id) {
    return installed().find(plugin -> plugin.id().value().equals(id));
  }

  /** The secret names of every installed provider. */
  public static Set<String> secretNames() {
    return installed().toSet().flatMap(ProviderPlugin::secretNames);
  }

  /** Checks a set of plugins: ids unique. Package-visible for tests. */
  static List<ProviderPlugin<?>> checked(Iterable<ProviderPlugin<?>> found) {
    List<ProviderPlugin<?>> plugins = List.ofAll(found).sortBy(plugin -> plugin.id().value());
    for (int i = 1; i < plugins.size(); i++) {
      if (plugins.get(i).id().equals(plugins.get(i - 1).id())) {
        throw new IllegalStateException("provider " + plugins.get(i).id()
            + " is registered twice: " + plugins.get(i - 1).getClass().getName() + " and "
            + plugins.get(i).getClass().getName());
      }
    }
    return plugins;
  }

  /** Loaded on first use: a host's own providers are on the class path by then. */
  private static final class Installed {
    @SuppressWarnings({"rawtypes", "unchecked"})
    static final List<ProviderPlugin<?>> PLUGINS = checked((Iterable) ServiceLoader.load(
        ProviderPlugin.class, ProviderPlugins.class.getClassLoader()));
  }
}
