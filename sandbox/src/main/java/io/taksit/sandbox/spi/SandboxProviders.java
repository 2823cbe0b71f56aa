package io.taksit.sandbox.spi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/**
 * The sandbox providers installed on the class path, found once through {@link ServiceLoader}
 * and kept, ordered by id. Two registrations of one id are a packaging error and fail loudly,
 * naming both classes.
 */
public final class SandboxProviders {

  private SandboxProviders() {
  }

  /** Every installed provider, ordered by id. */
  public static List<SandboxProvider<?>> installed() {
    return Installed.PROVIDERS;
  }

  /**
   * {@code providers} ordered by id, checked: ids unique.
   *
   * @throws IllegalArgumentException naming both classes of an id registered twice
   */
  public static List<SandboxProvider<?>> checked(Iterable<? extends SandboxProvider<?>> providers) {
    List<SandboxProvider<?>> sorted = new ArrayList<>();
    providers.forEach(sorted::add);
    sorted.sort(Comparator.comparing(SandboxProvider::id));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).id().equals(sorted.get(i - 1).id())) {
        throw new IllegalArgumentException("sandbox provider " + sorted.get(i).id()
            + " is registered twice: " + sorted.get(i - 1).getClass().getName() + " and "
            + sorted.get(i).getClass().getName());
      }
    }
    return List.copyOf(sorted);
  }

  /** Loaded on first use: a host's own providers are on the class path by then. */
  private static final class Installed {
    static final List<SandboxProvider<?>> PROVIDERS = load();

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static List<SandboxProvider<?>> load() {
      return checked((Iterable) ServiceLoader.load(SandboxProvider.class,
          SandboxProviders.class.getClassLoader()));
    }
  }
}
