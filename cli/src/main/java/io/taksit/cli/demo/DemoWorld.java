package io.taksit.cli.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.zaxxer.hikari.HikariDataSource;
import io.taksit.adapters.persistence.jdbc.DataSources;
import io.taksit.bootstrap.Taksit;
import io.taksit.bootstrap.runtime.RuntimeSettings;
import io.taksit.cli.sandbox.ReadyConfiguration;
import io.taksit.cli.sandbox.SandboxStore;
import io.taksit.domain.provider.ProviderId;
import io.taksit.sandbox.ProviderSandbox;
import io.taksit.sandbox.SandboxSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the demo runs on: the provider sandbox on a random loopback port, and Taksit configured
 * from the sandbox's ready configuration (every provider it serves, its demo credentials, its
 * billers) exactly as a host's configuration file would configure it, over an H2 file store, on
 * a {@link DemoClock}. The demo names no provider's classes: what it knows of a provider (the
 * wallet it pays from) it reads from that configuration.
 */
final class DemoWorld implements AutoCloseable {

  private final ProviderSandbox sandbox;
  private final Taksit taksit;
  private final DemoClock clock;
  private final Path store;
  private final ObjectNode configuration;

  private DemoWorld(ProviderSandbox sandbox, Taksit taksit, DemoClock clock, Path store,
      ObjectNode configuration) {
    this.sandbox = sandbox;
    this.taksit = taksit;
    this.clock = clock;
    this.store = store;
    this.configuration = configuration;
  }

  /**
   * Starts the sandbox and Taksit over a store in {@code dataDir/demo-store}, emptied first: the
   * sandbox starts from its seed data every time, so records of an earlier run would describe
   * bills and charges that no longer exist.
   */
  static DemoWorld open(Path dataDir) {
    Objects.requireNonNull(dataDir, "dataDir");
    ProviderSandbox sandbox = ProviderSandbox.start(SandboxSettings.defaults());
    try {
      Path store = dataDir.toAbsolutePath().resolve("demo-store");
      createDirectories(store);
      HikariDataSource pool = DataSources.embeddedH2(store);
      try {
        SandboxStore.empty(pool);
        DemoClock clock = new DemoClock(Clock.systemUTC());
        ObjectNode configuration = sandbox.configuration();
        Taksit taksit = ReadyConfiguration.parse(configuration, dataDir.toAbsolutePath())
            .builder().ownedJdbc(pool, pool).clock(clock)
            // The demo runs the reconciler itself, on its own clock, to narrate what it does.
            .runtime(RuntimeSettings.OFF).build();
        return new DemoWorld(sandbox, taksit, clock, store, configuration);
      } catch (RuntimeException failed) {
        pool.close();
        throw failed;
      }
    } catch (RuntimeException failed) {
      sandbox.close();
      throw failed;
    }
  }

  private static void createDirectories(Path directory) {
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("could not create the demo's store directory " + directory, e);
    }
  }

  ProviderSandbox sandbox() {
    return sandbox;
  }

  Taksit taksit() {
    return taksit;
  }

  DemoClock clock() {
    return clock;
  }

  /** The directory of the H2 file store. */
  Path store() {
    return store;
  }

  /** The providers Taksit was configured with, ordered by id. */
  List<ProviderId> taksitProviders() {
    List<ProviderId> ids = new ArrayList<>();
    configuration.path("providers").fieldNames()
        .forEachRemaining(id -> ids.add(new ProviderId(id)));
    return ids.stream().sorted().toList();
  }

  /**
   * A key of a provider's section of the configuration Taksit was built from
   * ({@code providers.<id>.<key>}), or "?" if it has none.
   */
  String providerSetting(ProviderId provider, String key) {
    return configuration.path("providers").path(provider.value()).path(key).asText("?");
  }

  @Override
  public void close() {
    try {
      taksit.close();
    } finally {
      sandbox.close();
    }
  }
}
