package io.taksit.cli.demo;

import com.zaxxer.hikari.HikariDataSource;
import io.taksit.adapters.http.momkn.MomknConfig;
import io.taksit.adapters.http.paywall.PaywallConfig;
import io.taksit.adapters.http.sipay.SipayConfig;
import io.taksit.adapters.http.sipay.SipayGateway;
import io.taksit.adapters.http.support.Secret;
import io.taksit.adapters.http.teqpay.TeqpayConfig;
import io.taksit.adapters.persistence.jdbc.DataSources;
import io.taksit.bootstrap.Taksit;
import io.taksit.sandbox.ProviderSandbox;
import io.taksit.sandbox.SandboxCredentials;
import io.taksit.sandbox.SandboxData;
import io.taksit.sandbox.SandboxSettings;
import io.taksit.domain.provider.ProviderId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Objects;

/**
 * What the demo runs on: the provider sandbox on a random loopback port, and Taksit wired as a
 * host would wire it, with the real HTTP adapters pointed at the sandbox (its demo credentials),
 * the demo's billers and an H2 file store, on a {@link DemoClock}.
 */
final class DemoWorld implements AutoCloseable {

  /** The channel Taksit authenticates to Momkn as (the sandbox does not check these). */
  private static final String MOMKN_CHANNEL_CATEGORY = "Merchant";
  private static final String MOMKN_CHANNEL_TYPE = "API";
  private static final String MOMKN_CHANNEL_IDENTIFIER = "taksit-demo";

  private final ProviderSandbox sandbox;
  private final Taksit taksit;
  private final DemoClock clock;
  private final Path store;
  private final SandboxData.SipayWallet wallet;

  private DemoWorld(ProviderSandbox sandbox, Taksit taksit, DemoClock clock, Path store,
      SandboxData.SipayWallet wallet) {
    this.sandbox = sandbox;
    this.taksit = taksit;
    this.clock = clock;
    this.store = store;
    this.wallet = wallet;
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
        empty(pool);
        DemoClock clock = new DemoClock(Clock.systemUTC());
        SandboxData.SipayWallet wallet = sandbox.settings().data().sipay().wallets().get(0);
        Taksit taksit = wire(sandbox, wallet).ownedJdbc(pool, pool).clock(clock).build();
        return new DemoWorld(sandbox, taksit, clock, store, wallet);
      } catch (RuntimeException failed) {
        pool.close();
        throw failed;
      }
    } catch (RuntimeException failed) {
      sandbox.close();
      throw failed;
    }
  }

  private static Taksit.Builder wire(ProviderSandbox sandbox, SandboxData.SipayWallet wallet) {
    SandboxCredentials credentials = sandbox.credentials();
    return Taksit.builder()
        .momkn(MomknConfig.of(url(sandbox, ProviderId.MOMKN), credentials.momknAccountId(),
            credentials.momknUserName(), Secret.of(credentials.momknPassword()),
            MOMKN_CHANNEL_CATEGORY, MOMKN_CHANNEL_TYPE, MOMKN_CHANNEL_IDENTIFIER))
        .billingGateway(SipayGateway.create(SipayConfig.of(url(sandbox, ProviderId.SIPAY),
            credentials.sipayClientId(), Secret.of(credentials.sipayClientSecret()), 0,
            SipayConfig.BUSINESS, wallet.accountNumber(), wallet.walletNumber())))
        .paywall(PaywallConfig.of(url(sandbox, ProviderId.PAYWALL),
            Secret.of(credentials.paywallApiKeyPublic()),
            Secret.of(credentials.paywallApiClientPublic())))
        .teqpay(TeqpayConfig.of(url(sandbox, ProviderId.TEQPAY),
            Secret.of(credentials.teqpayApiKey()), Secret.of(credentials.teqpaySecretKey())))
        .billers(DemoBillers.takka(), DemoBillers.turkTelekom())
        .feeSchedule(DemoBillers.TURK_TELEKOM, DemoBillers.turkTelekomFees());
  }

  private static String url(ProviderSandbox sandbox, ProviderId provider) {
    return sandbox.baseUrl(provider).toString();
  }

  private static void createDirectories(Path directory) {
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("could not create the demo's store directory " + directory, e);
    }
  }

  /** Drops whatever an earlier run left; the builder migrates the schema afresh. */
  private static void empty(HikariDataSource pool) {
    try (Connection connection = pool.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("DROP ALL OBJECTS");
    } catch (SQLException e) {
      throw new IllegalStateException("could not empty the demo's H2 store: " + e.getMessage(), e);
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

  /** The Sipay wallet Taksit pays from. */
  SandboxData.SipayWallet wallet() {
    return wallet;
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
