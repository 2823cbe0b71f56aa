package io.taksit.cli.chaos;

import com.zaxxer.hikari.HikariDataSource;
import io.taksit.adapters.http.momkn.MomknConfig;
import io.taksit.adapters.http.momkn.MomknGateway;
import io.taksit.adapters.http.sipay.SipayConfig;
import io.taksit.adapters.http.sipay.SipayGateway;
import io.taksit.adapters.http.support.HttpCalls;
import io.taksit.adapters.http.support.HttpSettings;
import io.taksit.adapters.http.support.RetryPolicy;
import io.taksit.adapters.http.support.Secret;
import io.taksit.adapters.persistence.jdbc.DataSources;
import io.taksit.adapters.persistence.jdbc.DatabasePassword;
import io.taksit.bootstrap.Taksit;
import io.taksit.bootstrap.resilience.BreakerSettings;
import io.taksit.bootstrap.resilience.BulkheadSettings;
import io.taksit.bootstrap.resilience.ResilienceSettings;
import io.taksit.bootstrap.runtime.RuntimeSettings;
import io.taksit.cli.TestPostgres;
import io.taksit.sandbox.FaultKind;
import io.taksit.sandbox.ProviderSandbox;
import io.taksit.sandbox.RandomFaults;
import io.taksit.sandbox.SandboxSettings;
import io.taksit.sandbox.momkn.MomknCredentials;
import io.taksit.sandbox.momkn.MomknEndpoint;
import io.taksit.sandbox.momkn.MomknSandbox;
import io.taksit.sandbox.sipay.SipayEndpoint;
import io.taksit.sandbox.sipay.SipayInstitution;
import io.taksit.sandbox.sipay.SipaySandbox;
import io.taksit.sandbox.sipay.SipayWallet;
import io.taksit.domain.amount.AmountRule;
import io.taksit.domain.amount.StepAnchor;
import io.taksit.domain.bill.Biller;
import io.taksit.domain.bill.BillerId;
import io.taksit.domain.bill.InvoiceSelection;
import io.taksit.domain.bill.PaymentMode;
import io.taksit.domain.bill.PaymentPolicy;
import io.taksit.domain.fee.FeeSchedule;
import io.taksit.domain.money.Currencies;
import io.taksit.domain.money.Money;
import io.taksit.domain.payment.CheckSchedule;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the campaign runs in: the provider sandbox with a seeded random fault plan, many payable
 * accounts at Momkn and Sipay, an embedded PostgreSQL database, the virtual clock, and the recipe
 * for a host (a Taksit over the real HTTP adapters, each wrapped to be able to die mid-call).
 */
final class ChaosWorld implements AutoCloseable {

  /** Every fault kind the sandbox has: the six of the issue and their close relatives. */
  /** A breaker that never opens in the storm and a bulkhead wider than the campaign's clients. */
  static final ResilienceSettings CHAOS_RESILIENCE = new ResilienceSettings(
      new BreakerSettings(100, 1000, 1000, Duration.ofSeconds(1), 1), new BulkheadSettings(1000));

  static final Set<FaultKind> FAULT_KINDS = EnumSet.complementOf(EnumSet.of(FaultKind.NONE));

  /**
   * A delayed request (latency, charge-then-delay) is answered 600 ms late, three times the read
   * timeout; a 429 asks for one second.
   */
  static final RandomFaults.Timing FAULT_TIMING = new RandomFaults.Timing(
      Duration.ofMillis(600), Duration.ofSeconds(1), Duration.ofMillis(600));

  static final BillerId TAKKA = BillerId.of("momkn-362").get();
  static final BillerId TELEKOM = BillerId.of("sipay-turk-telekom").get();

  /** Reconcilers check again after 1 min, 5 min, 1 h, 1 d, 1 d (virtual), then flag for review. */
  static final CheckSchedule CHECKS = CheckSchedule.DEFAULT;
  static final Duration LEASE = Duration.ofMinutes(2);
  static final Duration GATEWAY_DEADLINE = Duration.ofSeconds(10);
  /** Reads try three times, waiting what a 429 asks (virtual time), 30 s in all at most. */
  static final RetryPolicy READ_RETRIES =
      new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(30));

  private final ChaosSettings settings;
  private final ChaosTally tally;
  private final VirtualClock clock;
  private final ProviderSandbox sandbox;
  private final RandomFaults faults;
  private final String jdbcUrl;
  private final HikariDataSource auditPool;
  private final CrashDice dice;
  private final MomknConfig momkn;
  private final SipayConfig sipay;
  private final Biller takka;
  private final Biller telekom;
  private final FeeSchedule telekomFees;
  private final AtomicInteger hostsStarted = new AtomicInteger();
  private final OutboxTally events = new OutboxTally();

  ChaosWorld(ChaosSettings settings, ChaosTally tally) {
    this.settings = settings;
    this.tally = tally;
    this.clock = new VirtualClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    this.faults = new RandomFaults(settings.seed(), settings.faultRate(), FAULT_KINDS)
        .withTiming(FAULT_TIMING);
    this.sandbox = ProviderSandbox.start(SandboxSettings.defaults()
        .withGeneratedAccounts(settings.payments())
        .withFaults(faults)
        .withClock(clock)
        // A Brn stays payable for the whole campaign: retries may come days (virtual) later.
        .withBillLifetime(Duration.ofDays(365)));
    try {
      this.jdbcUrl = TestPostgres.fresh("chaos");
      this.auditPool = DataSources.pooled(jdbcUrl, TestPostgres.USER, new DatabasePassword(""), 2);
    } catch (RuntimeException e) {
      sandbox.close();
      throw e;
    }
    this.dice = new CrashDice(settings.seed(), settings.payCrashRate(), settings.statusCrashRate());
    HttpSettings http = HttpSettings.DEFAULTS
        .withTimeouts(Duration.ofSeconds(1), settings.readTimeout())
        .withReadRetries(READ_RETRIES);
    MomknEndpoint momknSandbox = sandbox.endpoint(MomknSandbox.ID, MomknEndpoint.class);
    SipayEndpoint sipaySandbox = sandbox.endpoint(SipaySandbox.ID, SipayEndpoint.class);
    MomknCredentials credentials = momknSandbox.credentials();
    this.momkn = MomknConfig.of(sandbox.baseUrl(MomknSandbox.ID).toString(),
            credentials.accountId(), credentials.userName(),
            Secret.of(credentials.password()), "Merchant", "API", "taksit-chaos")
        .withHttp(http);
    SipayInstitution institution = sipaySandbox.institution();
    SipayWallet wallet = institution.wallets().get(0);
    this.sipay = SipayConfig.of(sandbox.baseUrl(SipaySandbox.ID).toString(),
            sipaySandbox.credentials().clientId(),
            Secret.of(sipaySandbox.credentials().clientSecret()), 0,
            SipayConfig.BUSINESS, wallet.accountNumber(), wallet.walletNumber())
        .withHttp(http);
    this.takka = Biller.of(TAKKA, "Takka installments", MomknSandbox.ID,
        momknSandbox.service().serviceId(), Currencies.EGP,
        AmountRule.of(money("1", "EGP"), money("1000000000", "EGP"), money("5", "EGP"),
            StepAnchor.ZERO).get(),
        new PaymentPolicy(PaymentMode.FIXED, InvoiceSelection.ONE, true), true, true).get();
    this.telekom = Biller.of(TELEKOM, "Türk Telekom (Mobil)", SipaySandbox.ID,
        institution.productOid(), Currencies.TRY,
        AmountRule.unstepped(money("0.01", "TRY"), money("100000", "TRY")).get(),
        new PaymentPolicy(PaymentMode.FIXED, InvoiceSelection.ONE, true), true, true).get();
    this.telekomFees = FeeSchedule.flat(money("1.00", "TRY"), new BigDecimal("0.75"),
        Option.none(), Option.some(money("25.00", "TRY")), new BigDecimal("0.05"),
        RoundingMode.HALF_UP).get();
  }

  /** A new host over the shared database: its own pool, adapters, threads and crash fate. */
  Host startHost() {
    int number = hostsStarted.incrementAndGet();
    HikariDataSource pool =
        DataSources.pooled(jdbcUrl, TestPostgres.USER, new DatabasePassword(""), 4);
    try {
      HostLife life = new HostLife(dice);
      // Waits between read retries are virtual: honouring a Retry-After moves the clock.
      HttpCalls calls = new HttpCalls(READ_RETRIES, wait -> {
        clock.advance(wait);
        tally.count("read retry waits");
      }, clock);
      Taksit taksit = Taksit.builder()
          .billingGateway(new CrashingGateway(new MomknGateway(momkn, calls, clock), life))
          .billingGateway(new CrashingGateway(new SipayGateway(sipay, calls, clock), life))
          .billers(takka, telekom)
          .feeSchedule(TELEKOM, telekomFees)
          .jdbc(pool)
          // The campaign checks the ledger under a storm of faults; a breaker opening in the
          // storm would make it a test of the breaker instead (ProviderGuardTest has that).
          .resilience(MomknSandbox.ID, CHAOS_RESILIENCE)
          .resilience(SipaySandbox.ID, CHAOS_RESILIENCE)
          // The campaign drives reconciliation itself, on a virtual clock, and delivers the
          // outbox once every host has died or finished (drainOutbox): what a host that restarts
          // after a crash does.
          .runtime(RuntimeSettings.OFF)
          .eventHandler(events)
          .clock(clock)
          .checkSchedule(CHECKS)
          .reconcileLease(LEASE)
          .gatewayDeadline(GATEWAY_DEADLINE)
          .build();
      return new Host(number, pool, taksit, life);
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
  }

  /** Payment {@code i} (0-based) pays Sipay every third time, Momkn otherwise. */
  Target target(int i) {
    if (i % 3 == 2) {
      return new Target(TELEKOM, Long.toString(5_550_000_001L + i));
    }
    return new Target(TAKKA, Long.toString(2_000_000_001L + i));
  }

  ChaosSettings settings() {
    return settings;
  }

  VirtualClock clock() {
    return clock;
  }

  ProviderSandbox sandbox() {
    return sandbox;
  }

  RandomFaults faults() {
    return faults;
  }

  HikariDataSource auditPool() {
    return auditPool;
  }

  /**
   * Delivers every payment event still in the outbox through a fresh host, as a restarted
   * instance would, and returns the campaign's line: status changes stored against events
   * delivered.
   */
  String drainOutbox() {
    try (Host host = startHost()) {
      for (int pass = 0; pass < 10_000; pass++) {
        var delivery = host.taksit().outboxRelay().deliverDue(1000);
        if (delivery.delivered() == 0 && !delivery.limitReached()) {
          break;
        }
      }
      return OutboxTally.line(statusChanges(), events);
    }
  }

  /** Events stored with the payments: every status change, one row each. */
  long statusChanges() {
    try (var connection = auditPool.getConnection();
        var count = connection.createStatement().executeQuery(
            "SELECT COUNT(*) FROM payment_events")) {
      count.next();
      return count.getLong(1);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("could not count the stored events", e);
    }
  }

  OutboxTally events() {
    return events;
  }

  int hostsStarted() {
    return hostsStarted.get();
  }

  @Override
  public void close() {
    try {
      auditPool.close();
    } finally {
      sandbox.close();
    }
  }

  private static Money money(String amount, String currency) {
    return Money.parse(amount, currency).get();
  }

  /** Whom a payment pays: a biller and one of the generated accounts, each used once. */
  record Target(BillerId biller, String account) {}
}
