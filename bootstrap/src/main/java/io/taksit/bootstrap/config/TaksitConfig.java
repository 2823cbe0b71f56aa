package io.taksit.bootstrap.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.zaxxer.hikari.HikariDataSource;
import io.taksit.adapters.persistence.jdbc.DataSources;
import io.taksit.bootstrap.Taksit;
import io.taksit.bootstrap.provider.ConfiguredProvider;
import io.taksit.bootstrap.runtime.RuntimeSettings;
import io.taksit.domain.bill.Biller;
import io.taksit.domain.bill.BillerId;
import io.taksit.domain.fee.FeeSchedule;
import io.taksit.domain.payment.CheckSchedule;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * A checked configuration: every provider's adapter settings, the billers and their fee
 * schedules, storage and timing. Made by {@link #load} (a file) or {@link #read} (a text, for
 * tests and hosts that keep their configuration elsewhere); {@link #build()} assembles the
 * {@link Taksit} it describes. Secrets are held typed ({@code Secret}, {@code DatabasePassword}),
 * so printing a configuration shows none.
 *
 * @param providers every configured provider ({@code providers.<id>}), in the file's order, each
 *     with its own configuration record
 * @param billers the billers offered ({@code billers[]})
 * @param feeSchedules fee schedules by biller ({@code billers[].feeSchedule})
 * @param storage where payments are kept ({@code storage})
 * @param reconcileLease {@code reconcile.lease}
 * @param checkSchedule {@code checkSchedule}
 * @param runtime what Taksit runs by itself ({@code runtime.*})
 * @param gatewayDeadline {@code gatewayDeadline}
 * @param installmentTimeout {@code installmentTimeout}
 */
public record TaksitConfig(List<ConfiguredProvider<?>> providers, List<Biller> billers,
    Map<BillerId, FeeSchedule> feeSchedules, StorageSettings storage, Duration reconcileLease,
    CheckSchedule checkSchedule, RuntimeSettings runtime, Duration gatewayDeadline,
    Duration installmentTimeout) {

  /** Unless configured otherwise: {@code reconcile.lease}. */
  public static final Duration DEFAULT_RECONCILE_LEASE = Duration.ofMinutes(2);
  /** Unless configured otherwise: {@code gatewayDeadline}. */
  public static final Duration DEFAULT_GATEWAY_DEADLINE = Duration.ofSeconds(30);
  /** Unless configured otherwise: {@code installmentTimeout}. */
  public static final Duration DEFAULT_INSTALLMENT_TIMEOUT = Duration.ofSeconds(10);

  public TaksitConfig {
    Objects.requireNonNull(providers, "providers");
    Objects.requireNonNull(billers, "billers");
    Objects.requireNonNull(feeSchedules, "feeSchedules");
    Objects.requireNonNull(storage, "storage");
    Objects.requireNonNull(reconcileLease, "reconcileLease");
    Objects.requireNonNull(checkSchedule, "checkSchedule");
    Objects.requireNonNull(runtime, "runtime");
    Objects.requireNonNull(gatewayDeadline, "gatewayDeadline");
    Objects.requireNonNull(installmentTimeout, "installmentTimeout");
  }

  /**
   * Reads and checks a configuration file: YAML, or Java properties when its name ends in
   * {@code .properties}. Relative paths in it ({@code storage.directory}) are resolved against the
   * file's directory.
   *
   * @param environment where {@code ${NAME}} references are looked up ({@code System.getenv()})
   * @throws InvalidConfigurationException listing every problem, the file's absence included
   */
  public static TaksitConfig load(Path file, java.util.Map<String, String> environment) {
    Objects.requireNonNull(file, "file");
    Path absolute = file.toAbsolutePath();
    String source = file.toString();
    String text;
    try {
      text = Files.readString(absolute, StandardCharsets.UTF_8);
    } catch (java.nio.file.NoSuchFileException missing) {
      throw new InvalidConfigurationException(source, List.of(
          new io.taksit.adapters.http.support.ConfigProblem(source, "file not found")));
    } catch (IOException | UncheckedIOException e) {
      throw new InvalidConfigurationException(source, List.of(
          new io.taksit.adapters.http.support.ConfigProblem(source,
              "cannot be read (" + e.getClass().getSimpleName() + ")")));
    }
    Path directory = absolute.getParent() != null ? absolute.getParent() : absolute;
    return read(new StringReader(text), ConfigFormat.of(file), directory, environment, source);
  }

  /**
   * Reads and checks a configuration text.
   *
   * @param baseDirectory what relative paths in it are resolved against
   * @param environment where {@code ${NAME}} references are looked up
   * @throws InvalidConfigurationException listing every problem
   */
  public static TaksitConfig read(Reader text, ConfigFormat format, Path baseDirectory,
      java.util.Map<String, String> environment) {
    return read(text, format, baseDirectory, environment, "<text>");
  }

  /** {@link #read(Reader, ConfigFormat, Path, java.util.Map)} of a string. */
  public static TaksitConfig parse(String text, ConfigFormat format, Path baseDirectory,
      java.util.Map<String, String> environment) {
    return read(new StringReader(Objects.requireNonNull(text, "text")), format, baseDirectory,
        environment, "<text>");
  }

  /**
   * Checks a configuration given as a tree with the file's keys (a host that keeps its settings
   * elsewhere, such as the Spring Boot starter's {@code taksit.*}). Leaves may be text, numbers or
   * booleans; {@code ${NAME}} references are looked up in {@code environment}.
   *
   * @param source how problems name where the configuration came from
   * @throws InvalidConfigurationException listing every problem
   */
  public static TaksitConfig fromTree(JsonNode tree, Path baseDirectory,
      java.util.Map<String, String> environment, String source) {
    Objects.requireNonNull(tree, "tree");
    Objects.requireNonNull(baseDirectory, "baseDirectory");
    Objects.requireNonNull(environment, "environment");
    Objects.requireNonNull(source, "source");
    Problems problems = new Problems();
    Option<ConfigFile> file = new ConfigReader(environment, problems).read(tree, source);
    return checked(file, problems, baseDirectory, source);
  }

  private static TaksitConfig read(Reader text, ConfigFormat format, Path baseDirectory,
      java.util.Map<String, String> environment, String source) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(baseDirectory, "baseDirectory");
    Objects.requireNonNull(environment, "environment");
    Problems problems = new Problems();
    Option<ConfigFile> file = new ConfigReader(environment, problems).read(text, format, source);
    return checked(file, problems, baseDirectory, source);
  }

  private static TaksitConfig checked(Option<ConfigFile> file, Problems problems,
      Path baseDirectory, String source) {
    Option<TaksitConfig> config = file
        .map(model -> new ConfigMapping(problems, baseDirectory.toAbsolutePath()).map(model));
    if (!problems.isEmpty() || config.isEmpty()) {
      throw new InvalidConfigurationException(source, problems.sorted());
    }
    return config.get();
  }

  /** The ids of the providers configured, in the file's order. */
  public List<String> providerIds() {
    return providers.map(provider -> provider.id().value());
  }

  /** The configuration of provider {@code id}, if it is configured with a {@code type}. */
  public <C> Option<C> provider(String id, Class<C> type) {
    return providers.find(provider -> provider.id().value().equals(id))
        .flatMap(provider -> provider.config(type));
  }

  /**
   * A builder set up as configured except for storage (none chosen yet: the host adds its own,
   * {@code jdbc(...)}, before {@code build()}), for a host that adds to
   * it (events, a clock, a data source of its own); {@link #build()} adds the configured storage.
   */
  public Taksit.Builder builder() {
    Taksit.Builder builder = Taksit.builder();
    providers.forEach(builder::provider);
    builder.billers(billers);
    feeSchedules.forEach(builder::feeSchedule);
    return builder.reconcileLease(reconcileLease)
        .checkSchedule(checkSchedule)
        .runtime(runtime)
        .gatewayDeadline(gatewayDeadline)
        .installmentTimeout(installmentTimeout);
  }

  /**
   * The Taksit this configuration describes, its storage opened (and its schema migrated). Close
   * it to stop its threads and its connection pool.
   */
  public Taksit build() {
    return build(java.util.function.UnaryOperator.identity());
  }

  /**
   * Like {@link #build()}, with {@code more} added to the builder first (a meter registry, event
   * handlers, a clock): what a host adds to a configuration whose storage it keeps as configured.
   */
  public Taksit build(java.util.function.UnaryOperator<Taksit.Builder> more) {
    Taksit.Builder builder = more.apply(builder());
    HikariDataSource pool = openStorage();
    if (pool == null) {
      return builder.memoryStorage().build();
    }
    try {
      return builder.ownedJdbc(pool, pool).build();
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
  }

  /**
   * The configured store's pool, or {@link StorageUnavailableException} when it cannot be opened:
   * a storage fault, found before any provider is called, is not a provider outcome.
   */
  private HikariDataSource openStorage() {
    if (storage instanceof StorageSettings.H2 h2) {
      try {
        Files.createDirectories(h2.directory());
      } catch (IOException e) {
        throw new StorageUnavailableException("the H2 store: storage.directory " + h2.directory()
            + " cannot be created, so it", new UncheckedIOException(e));
      }
      try {
        return DataSources.embeddedH2(h2.directory());
      } catch (RuntimeException e) {
        throw new StorageUnavailableException("the H2 store in " + h2.directory(), e);
      }
    }
    if (storage instanceof StorageSettings.Postgresql pg) {
      try {
        return DataSources.pooled(pg.url(), pg.user(), pg.password(), pg.poolSize());
      } catch (RuntimeException e) {
        throw new StorageUnavailableException("the PostgreSQL store " + pg.url(), e);
      }
    }
    return null;
  }

  /**
   * This configuration with other runtime settings: the CLI, which runs one use case per command,
   * turns the background runtime off ({@code taksit reconcile} and {@code taksit events} are its
   * hooks for a scheduler).
   */
  public TaksitConfig withRuntime(RuntimeSettings settings) {
    return new TaksitConfig(providers, billers, feeSchedules, storage, reconcileLease,
        checkSchedule, settings, gatewayDeadline, installmentTimeout);
  }

  /** Names what is configured; never a secret. */
  @Override
  public String toString() {
    return "TaksitConfig[providers=" + providerIds().mkString(", ") + ", billers="
        + billers.map(b -> b.id().value()).mkString(", ") + ", storage=" + storage + "]";
  }
}
