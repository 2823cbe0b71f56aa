package io.taksit.bootstrap;

import io.taksit.adapters.http.spi.ProviderContext;
import io.taksit.adapters.http.spi.ProviderGateways;
import io.taksit.adapters.http.spi.ProviderPlugin;
import io.taksit.adapters.persistence.cache.RecentCatalogEntries;
import io.taksit.adapters.persistence.cache.RecentFeeQuotes;
import io.taksit.adapters.persistence.jdbc.DataSources;
import io.taksit.adapters.persistence.jdbc.JdbcFeeQuotes;
import io.taksit.adapters.persistence.jdbc.JdbcInquiredBills;
import io.taksit.adapters.persistence.jdbc.JdbcPaymentOutbox;
import io.taksit.adapters.persistence.jdbc.JdbcPaymentRepository;
import io.taksit.adapters.persistence.jdbc.JdbcSyncedCatalog;
import io.taksit.adapters.persistence.memory.InMemoryBillerCatalog;
import io.taksit.adapters.persistence.memory.InMemoryFeeQuotes;
import io.taksit.adapters.persistence.memory.InMemoryFeeScheduleSource;
import io.taksit.adapters.persistence.memory.InMemoryInquiredBills;
import io.taksit.adapters.persistence.memory.InMemoryPaymentRepository;
import io.taksit.adapters.persistence.memory.InMemorySyncedCatalog;
import io.taksit.adapters.persistence.memory.RandomIdGenerator;
import io.taksit.application.bill.FeeQuoting;
import io.taksit.application.outbox.OutboxRelay;
import io.taksit.application.outbox.OutboxSettings;
import io.taksit.application.bill.InquireBillService;
import io.taksit.application.bill.QuoteFeesService;
import io.taksit.application.gateway.GatewayCalls;
import io.taksit.application.gateway.GatewayRegistry;
import io.taksit.application.installment.QuoteInstallmentsService;
import io.taksit.application.payment.CheckPaymentStatusService;
import io.taksit.application.payment.PayBillService;
import io.taksit.application.payment.PaymentContext;
import io.taksit.application.payment.ReconcilePaymentsService;
import io.taksit.application.payment.ResolvePaymentService;
import io.taksit.application.payment.RetryPaymentService;
import io.taksit.application.port.in.CheckPaymentStatus;
import io.taksit.application.port.in.FindPayments;
import io.taksit.application.port.in.GetPayment;
import io.taksit.application.port.in.InquireBill;
import io.taksit.application.port.in.PayBill;
import io.taksit.application.port.in.QuoteFees;
import io.taksit.application.port.in.QuoteInstallments;
import io.taksit.application.port.in.ReconcilePayments;
import io.taksit.application.port.in.ResolvePayment;
import io.taksit.application.port.in.RetryPayment;
import io.taksit.application.port.out.BillerCatalog;
import io.taksit.application.catalog.BillerDirectory;
import io.taksit.application.catalog.ListBillersService;
import io.taksit.application.catalog.SyncCatalogService;
import io.taksit.application.port.in.ListBillers;
import io.taksit.application.port.in.SyncCatalog;
import io.taksit.application.port.out.BillingGateway;
import io.taksit.application.port.out.CatalogGateway;
import io.taksit.application.port.out.SyncedCatalog;
import io.taksit.application.port.out.FeeQuotes;
import io.taksit.application.port.out.FeeScheduleSource;
import io.taksit.application.port.out.InquiredBills;
import io.taksit.application.port.out.InstallmentGateway;
import io.taksit.application.port.out.PaymentEventHandler;
import io.taksit.application.port.out.PaymentEvents;
import io.taksit.application.port.out.PaymentOutbox;
import io.taksit.application.port.out.PaymentRepository;
import io.taksit.application.query.FindPaymentsService;
import io.taksit.application.query.GetPaymentService;
import io.taksit.application.validation.CommandValidator;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.taksit.bootstrap.config.InvalidConfigurationException;
import io.taksit.bootstrap.observability.Instrumentation;
import io.taksit.bootstrap.observability.ObservedBillingGateway;
import io.taksit.bootstrap.observability.ObservedInstallmentGateway;
import io.taksit.bootstrap.observability.ProviderActivity;
import io.taksit.bootstrap.observability.ProviderCallObserver;
import io.taksit.bootstrap.config.TaksitConfig;
import io.taksit.bootstrap.provider.ConfiguredProvider;
import io.taksit.bootstrap.resilience.GuardedBillingGateway;
import io.taksit.bootstrap.resilience.GuardedInstallmentGateway;
import io.taksit.bootstrap.resilience.ProviderGuard;
import io.taksit.bootstrap.resilience.ResilienceSettings;
import io.taksit.bootstrap.runtime.EventHandlers;
import io.taksit.bootstrap.runtime.Housekeeping;
import io.taksit.bootstrap.runtime.RuntimeSettings;
import io.taksit.bootstrap.runtime.TaksitRuntime;
import io.taksit.domain.bill.Biller;
import io.taksit.domain.bill.BillerId;
import io.taksit.domain.fee.FeeSchedule;
import io.taksit.domain.payment.CheckSchedule;
import io.taksit.domain.provider.ProviderId;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Taksit, assembled: the nine use cases wired over the adapters a host picks. This is the one
 * obvious way to embed the library; there is no dependency-injection framework, only this
 * builder, so every collaborator is visible here.
 *
 * <pre>{@code
 * try (Taksit taksit = Taksit.builder()
 *     .provider(new MomknProvider(), momknConfig)
 *     .installmentGateway(myOwnGateway)
 *     .billers(takka)
 *     .jdbc(DataSources.pooled(url, user, password))
 *     .build()) {
 *   Either<Failure, Bill> bill = taksit.inquireBill().inquire(command);
 * }
 * }</pre>
 *
 * <p>Storage is always an explicit choice: {@link Builder#jdbc} (H2 or PostgreSQL), or
 * {@link Builder#memoryStorage()} for tests; with a database, payments, inquired bills and fee
 * quotes live there, so several host instances can share the work (an inquiry on one, the
 * payment on another, the reconciler on a third). Every gateway runs behind its provider's
 * circuit breaker and bulkhead ({@link ResilienceSettings}). {@link #close()} stops the
 * threads Taksit started; a data source given by the host stays the host's to close.
 *
 * <p>Long because its {@link Builder} is nested here, one documented method for every choice a
 * host may make, beside the wiring those choices feed: split apart, the two would have to be read
 * side by side.
 */
public final class Taksit implements AutoCloseable {

  private final InquireBill inquireBill;
  private final QuoteFees quoteFees;
  private final PayBill payBill;
  private final RetryPayment retryPayment;
  private final ResolvePayment resolvePayment;
  private final CheckPaymentStatus checkPaymentStatus;
  private final ReconcilePayments reconcilePayments;
  private final QuoteInstallments quoteInstallments;
  private final GetPayment getPayment;
  private final FindPayments findPayments;
  private final ListBillers listBillers;
  private final SyncCatalog syncCatalog;
  private final PaymentRepository payments;
  private final ExecutorService gatewayThreads;
  private final ValidatorFactory validators;
  private final List<AutoCloseable> owned;
  private final Map<ProviderId, ProviderGuard> guards;
  private final PaymentOutbox outbox;
  private final OutboxRelay relay;
  private final Housekeeping housekeeping;
  private final RuntimeSettings runtimeSettings;
  private final Clock clock;
  /** Guarded by this: started on build, or by {@link #startRuntime()} for a host's lifecycle. */
  private Option<TaksitRuntime> runtime = Option.none();
  private boolean closed;
  private final ProviderActivity activity;

  private Taksit(Builder b, Wired wired) {
    validators = Validation.byDefaultProvider().configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory();
    CommandValidator validator = new CommandValidator(validators.getValidator());
    gatewayThreads = Executors.newCachedThreadPool(daemonThreads("taksit-gateway-"));
    GatewayRegistry gateways = GatewayRegistry.of(wired.billing(), wired.installments(),
        wired.catalogs());
    Stores stores = b.stores();
    payments = stores.payments();
    owned = b.owned;
    guards = wired.guards();
    activity = wired.activity();
    Instrumentation instrumentation = wired.instrumentation();

    ExecutorService callThreads = instrumentation.handingOver(gatewayThreads);
    PaymentContext context = new PaymentContext(validator, stores.catalog(), gateways,
        new GatewayCalls(callThreads, b.gatewayDeadline), payments, b.events, b.clock,
        b.checkSchedule);
    FeeQuoting feeQuoting = new FeeQuoting(gateways, stores.schedules());
    RandomIdGenerator ids = new RandomIdGenerator();
    PayBillService pay = new PayBillService(context, stores.inquiredBills(), stores.feeQuotes(),
        feeQuoting, ids);

    inquireBill = instrumentation.observed(InquireBill.class,
        new InquireBillService(validator, stores.catalog(), gateways, stores.inquiredBills()));
    quoteFees = instrumentation.observed(QuoteFees.class,
        new QuoteFeesService(validator, stores.catalog(), stores.inquiredBills(), feeQuoting,
            stores.feeQuotes(), ids, b.clock));
    payBill = instrumentation.observed(PayBill.class, pay);
    retryPayment = instrumentation.observed(RetryPayment.class,
        new RetryPaymentService(context, pay));
    resolvePayment = instrumentation.observed(ResolvePayment.class,
        new ResolvePaymentService(context));
    checkPaymentStatus = instrumentation.observed(CheckPaymentStatus.class,
        new CheckPaymentStatusService(context));
    reconcilePayments = instrumentation.observed(ReconcilePayments.class,
        new ReconcilePaymentsService(context, b.reconcileLease));
    quoteInstallments = instrumentation.observed(QuoteInstallments.class,
        new QuoteInstallmentsService(validator, gateways, callThreads,
            b.installmentTimeout));
    getPayment = instrumentation.observed(GetPayment.class,
        new GetPaymentService(validator, payments));
    findPayments = instrumentation.observed(FindPayments.class,
        new FindPaymentsService(validator, payments));
    listBillers = instrumentation.observed(ListBillers.class,
        new ListBillersService(validator, stores.catalog()));
    syncCatalog = instrumentation.observed(SyncCatalog.class,
        new SyncCatalogService(validator, gateways, stores.synced(), b.clock));

    outbox = stores.outbox();
    instrumentation.bind(guards, payments, outbox, b.clock);
    relay = new OutboxRelay(outbox, new EventHandlers(b.eventHandlers), b.outboxSettings,
        b.clock, b.instanceId != null ? b.instanceId : Builder.defaultInstanceId());
    housekeeping = new Housekeeping(relay, stores.inquiredBills(), stores.feeQuotes(), b.clock);
    runtimeSettings = b.runtimeSettings;
    clock = b.clock;
    if (b.startRuntimeOnBuild) {
      startRuntime();
    }
  }

  /** The reconciler, the outbox relay and housekeeping, each on its own pause. */
  private List<TaksitRuntime.Task> tasks(RuntimeSettings settings, Clock clock) {
    return List.of(
        new TaksitRuntime.Task("reconciler", settings.reconcileEvery(), () -> reconcilePayments
            .reconcile(new ReconcilePayments.Command(clock.instant(), settings.reconcileBatch()))),
        new TaksitRuntime.Task("outbox relay", settings.relayEvery(), () -> {
          // Drain what is due, a batch at a time, before pausing again.
          while (relay.deliverDue().limitReached()) {
            if (Thread.currentThread().isInterrupted()) {
              return;
            }
          }
        }),
        new TaksitRuntime.Task("housekeeping", settings.pruneEvery(), housekeeping::run));
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * The Taksit a configuration file describes ({@code docs/configuration.md}), with
   * {@code ${NAME}} references read from the process environment.
   *
   * @throws InvalidConfigurationException listing every problem of the file at once
   */
  public static Taksit fromConfig(Path file) {
    return fromConfig(file, System.getenv());
  }

  /**
   * Like {@link #fromConfig(Path)}, with {@code ${NAME}} references read from
   * {@code environment}.
   *
   * @throws InvalidConfigurationException listing every problem of the file at once
   */
  public static Taksit fromConfig(Path file, java.util.Map<String, String> environment) {
    return TaksitConfig.load(file, environment).build();
  }

  public InquireBill inquireBill() { return inquireBill; }

  public QuoteFees quoteFees() { return quoteFees; }

  public PayBill payBill() { return payBill; }

  public RetryPayment retryPayment() { return retryPayment; }

  /** An operator's settlement of a payment flagged for review. */
  public ResolvePayment resolvePayment() { return resolvePayment; }

  public CheckPaymentStatus checkPaymentStatus() { return checkPaymentStatus; }

  public ReconcilePayments reconcilePayments() { return reconcilePayments; }

  public QuoteInstallments quoteInstallments() { return quoteInstallments; }

  public GetPayment getPayment() { return getPayment; }

  public FindPayments findPayments() { return findPayments; }

  /** The billers offered, hand-configured and synced, with the input fields of each. */
  public ListBillers listBillers() { return listBillers; }

  /** Fetches a provider's service catalog into the synced catalog. */
  public SyncCatalog syncCatalog() { return syncCatalog; }

  /** Each provider's circuit breaker and bulkhead, for health reports. */
  public Map<ProviderId, ProviderGuard> providerGuards() {
    return guards;
  }

  /**
   * The payment events waiting for delivery, delivered and dead-lettered: for operators (list and
   * replay dead letters) and health reports.
   */
  public PaymentOutbox outbox() { return outbox; }

  /**
   * The outbox relay, for a host that runs it itself ({@code runtime(RuntimeSettings.OFF)}):
   * call {@code deliverDue()} on a schedule and {@code prune()} now and then.
   */
  public OutboxRelay outboxRelay() { return relay; }

  /**
   * Prunes what went stale (delivered outbox entries, inquired bills, fee quotes), as the
   * runtime's housekeeping does on its own pause: for a host that runs with the runtime off.
   */
  public Housekeeping.Report housekeep() { return housekeeping.run(); }

  /**
   * The background runtime last started (it may be stopped since: {@code isStopped()}); none when
   * turned off or not started yet.
   */
  public synchronized Option<TaksitRuntime> runtime() { return runtime; }

  /**
   * Starts the reconciler, the relay and housekeeping, unless they run already, the runtime is
   * turned off ({@link RuntimeSettings#OFF}) or Taksit is closed. Only needed after
   * {@link Builder#startRuntimeOnBuild(boolean) startRuntimeOnBuild(false)}: a host whose
   * application lifecycle decides when background work may begin (the Spring Boot starter).
   */
  public synchronized void startRuntime() {
    if (closed || isRuntimeRunning() || !runtimeSettings.enabled()) {
      return;
    }
    runtime = Option.some(TaksitRuntime.start(tasks(runtimeSettings, clock)));
  }

  /** Stops the background runtime, letting a running pass finish; {@link #startRuntime()} again. */
  public synchronized void stopRuntime() {
    runtime.forEach(TaksitRuntime::close);
  }

  /** Whether the background runtime runs now. */
  public synchronized boolean isRuntimeRunning() {
    return runtime.exists(running -> !running.isStopped());
  }

  /** Each provider's last call since this instance started, for health reports. */
  public ProviderActivity providerActivity() { return activity; }

  /** The payment store, for hosts that report on it directly. */
  public PaymentRepository payments() { return payments; }

  /** Stops Taksit's gateway threads and closes what Taksit opened itself (an embedded pool). */
  @Override
  public void close() {
    // The schedules first: a pass that is running finishes with every collaborator still open.
    synchronized (this) {
      closed = true;
      stopRuntime();
    }
    gatewayThreads.shutdown();
    try {
      if (!gatewayThreads.awaitTermination(5, TimeUnit.SECONDS)) {
        gatewayThreads.shutdownNow();
      }
    } catch (InterruptedException interrupted) {
      gatewayThreads.shutdownNow();
      Thread.currentThread().interrupt();
    }
    validators.close();
    for (AutoCloseable resource : owned.reverse()) {
      try {
        resource.close();
      } catch (Exception e) {
        throw new IllegalStateException("could not close " + resource.getClass().getSimpleName(), e);
      }
    }
  }

  private static ThreadFactory daemonThreads(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, prefix + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /** The gateways one Taksit instance calls, each behind its provider's guard. */
  private record Wired(List<BillingGateway> billing, List<InstallmentGateway> installments,
      List<CatalogGateway> catalogs, Map<ProviderId, ProviderGuard> guards, ProviderActivity activity,
      Instrumentation instrumentation) {}

  /** The stores one Taksit instance works with. */
  private record Stores(BillerDirectory catalog, SyncedCatalog synced,
      FeeScheduleSource schedules, PaymentRepository payments, PaymentOutbox outbox,
      InquiredBills inquiredBills, FeeQuotes feeQuotes) {}

  /** Collects the adapters and settings; {@link #build()} wires them. */
  public static final class Builder {

    private List<BillingGateway> billingGateways = List.empty();
    private List<InstallmentGateway> installmentGateways = List.empty();
    private List<CatalogGateway> catalogGateways = List.empty();
    private List<ConfiguredProvider<?>> providers = List.empty();
    private Map<ProviderId, ResilienceSettings> resilience = HashMap.empty();
    private boolean memoryStorage;
    private List<Biller> billers = List.empty();
    private BillerCatalog catalog;
    private Map<BillerId, FeeSchedule> feeSchedules = HashMap.empty();
    private FeeScheduleSource scheduleSource;
    private DataSource dataSource;
    private boolean migrate = true;
    private List<AutoCloseable> owned = List.empty();
    /** In-process, best effort; durable delivery is the outbox's (eventHandler). */
    private PaymentEvents events = published -> { };
    private List<PaymentEventHandler> eventHandlers = List.empty();
    private OutboxSettings outboxSettings = OutboxSettings.DEFAULTS;
    private RuntimeSettings runtimeSettings = RuntimeSettings.DEFAULTS;
    private boolean startRuntimeOnBuild = true;
    /** Null until set: the default (a host name lookup) is made only when Taksit is built. */
    private String instanceId;
    private Clock clock = Clock.systemUTC();
    private CheckSchedule checkSchedule = CheckSchedule.DEFAULT;
    private Duration gatewayDeadline = Duration.ofSeconds(30);
    private Duration installmentTimeout = Duration.ofSeconds(10);
    private Duration reconcileLease = Duration.ofMinutes(2);
    /**
     * Null unless the host gives one. Held as Object: Micrometer is an optional dependency, and a
     * field of its type would make the JVM load Micrometer's classes on every build.
     */
    private Object meterRegistry;
    private Object observationRegistry;

    private Builder() {}

    /** A bill-payment gateway made by the host (a provider's adapter, a test double). */
    public Builder billingGateway(BillingGateway gateway) {
      billingGateways = billingGateways.append(Objects.requireNonNull(gateway, "gateway"));
      return this;
    }

    /**
     * A provider found through the SPI ({@code ProviderPlugins}) with its configuration record;
     * its gateways are made on {@link #build()}, with this builder's clock.
     */
    public <C> Builder provider(ProviderPlugin<C> plugin, C config) {
      return provider(new ConfiguredProvider<>(plugin, config));
    }

    /** Like {@link #provider(ProviderPlugin, Object)}, for a provider a configuration chose. */
    public Builder provider(ConfiguredProvider<?> configured) {
      providers = providers.append(Objects.requireNonNull(configured, "configured"));
      return this;
    }

    /**
     * A service catalog made by the host (a provider's adapter, a test double), for
     * {@link Taksit#syncCatalog()}.
     */
    public Builder catalogGateway(CatalogGateway gateway) {
      catalogGateways = catalogGateways.append(Objects.requireNonNull(gateway, "gateway"));
      return this;
    }

    /** An installment-quote gateway made by the host (a provider's adapter, a test double). */
    public Builder installmentGateway(InstallmentGateway gateway) {
      installmentGateways = installmentGateways.append(Objects.requireNonNull(gateway, "gateway"));
      return this;
    }

    /** The billers offered, held in memory; or give a {@link #catalog} of the host's own. */
    public Builder billers(Biller... offered) {
      billers = billers.appendAll(List.of(offered));
      return this;
    }

    public Builder billers(Iterable<Biller> offered) {
      billers = billers.appendAll(offered);
      return this;
    }

    public Builder catalog(BillerCatalog hostCatalog) {
      catalog = Objects.requireNonNull(hostCatalog, "hostCatalog");
      return this;
    }

    /** The fee schedule of a biller whose provider has no fee call. */
    public Builder feeSchedule(BillerId biller, FeeSchedule schedule) {
      feeSchedules = feeSchedules.put(Objects.requireNonNull(biller, "biller"),
          Objects.requireNonNull(schedule, "schedule"));
      return this;
    }

    public Builder feeSchedules(FeeScheduleSource source) {
      scheduleSource = Objects.requireNonNull(source, "source");
      return this;
    }

    /**
     * Payments, inquired bills and fee quotes in this database (H2 or PostgreSQL 14+), its
     * schema migrated on build unless {@link #migrate(boolean) migrate(false)}. The host keeps
     * ownership of the data source.
     */
    public Builder jdbc(DataSource database) {
      dataSource = Objects.requireNonNull(database, "database");
      return this;
    }

    /** Like {@link #jdbc}, for a data source Taksit opened itself and closes with itself. */
    public Builder ownedJdbc(DataSource database, AutoCloseable pool) {
      owned = owned.append(Objects.requireNonNull(pool, "pool"));
      return jdbc(database);
    }

    public Builder migrate(boolean onBuild) {
      migrate = onBuild;
      return this;
    }

    /**
     * A host handler of payment events, delivered through the transactional outbox: every status
     * change's events are written in the same transaction as the payment, then delivered at least
     * once, in order per payment, each with a stable id ({@code OutboxEntry.id()}) to
     * de-duplicate by; a handler that throws gets the event again with backoff, and after
     * {@code OutboxSettings.maxAttempts} it is parked as a dead letter ({@link Taksit#outbox()}).
     * Several handlers are called in the order given.
     */
    public Builder eventHandler(PaymentEventHandler handler) {
      eventHandlers = eventHandlers.append(Objects.requireNonNull(handler, "handler"));
      return this;
    }

    /** Batch, lease, attempts, backoff and retention of the outbox relay. */
    public Builder outbox(OutboxSettings settings) {
      outboxSettings = Objects.requireNonNull(settings, "settings");
      return this;
    }

    /**
     * What Taksit runs by itself and how often (default {@link RuntimeSettings#DEFAULTS});
     * {@link RuntimeSettings#OFF} for a host that schedules the reconciler and the relay itself.
     */
    public Builder runtime(RuntimeSettings settings) {
      runtimeSettings = Objects.requireNonNull(settings, "settings");
      return this;
    }

    /**
     * Whether {@link #build()} starts the runtime (default true); false for a host that starts
     * it with {@link Taksit#startRuntime()} when its application is ready.
     */
    public Builder startRuntimeOnBuild(boolean onBuild) {
      startRuntimeOnBuild = onBuild;
      return this;
    }

    /** This instance's name in the outbox's claims (default: host name and a random suffix). */
    public Builder instanceId(String id) {
      instanceId = Objects.requireNonNull(id, "id");
      return this;
    }

    /**
     * An in-process listener, told of stored changes right after they are committed: best effort,
     * lost if the process dies in between. Prefer {@link #eventHandler}, which is durable.
     */
    public Builder events(PaymentEvents sink) {
      events = Objects.requireNonNull(sink, "sink");
      return this;
    }

    public Builder clock(Clock time) {
      clock = Objects.requireNonNull(time, "time");
      return this;
    }

    /** When unresolved payments are checked again; after the last, they go to review. */
    public Builder checkSchedule(CheckSchedule schedule) {
      checkSchedule = Objects.requireNonNull(schedule, "schedule");
      return this;
    }

    /** The longest Taksit waits on one provider call before calling its outcome unknown. */
    public Builder gatewayDeadline(Duration deadline) {
      gatewayDeadline = positive(deadline, "gatewayDeadline");
      return this;
    }

    /** The longest an installment quote waits for a provider before leaving it out. */
    public Builder installmentTimeout(Duration timeout) {
      installmentTimeout = positive(timeout, "installmentTimeout");
      return this;
    }

    /**
     * Payments, inquired bills and fee quotes in this process's memory: for tests and one-shot
     * tools only. They are forgotten on restart, and a payment forgotten can be paid again under
     * the same idempotency key; so memory is never the default: {@link #build()} refuses a
     * builder with no storage chosen.
     */
    public Builder memoryStorage() {
      memoryStorage = true;
      return this;
    }

    /**
     * The circuit breaker and bulkhead of one provider (default {@link ResilienceSettings#DEFAULTS});
     * a provider's configuration section sets them too ({@code providers.<id>.breaker},
     * {@code .bulkhead}).
     */
    public Builder resilience(ProviderId provider, ResilienceSettings settings) {
      resilience = resilience.put(Objects.requireNonNull(provider, "provider"),
          Objects.requireNonNull(settings, "settings"));
      return this;
    }

    /** How long a reconciler's claim on a due payment lasts if its instance dies. */
    public Builder reconcileLease(Duration lease) {
      reconcileLease = positive(lease, "reconcileLease");
      return this;
    }

    /**
     * Taksit's meters in the host's registry ({@code docs/observability.md}): payments and
     * provider-call latency by provider, biller, call and outcome, the backlog, the breakers.
     * Needs {@code io.micrometer:micrometer-core} on the class path.
     */
    public Builder meterRegistry(MeterRegistry registry) {
      meterRegistry = Objects.requireNonNull(registry, "registry");
      return this;
    }

    /**
     * An observation around each use case ({@code taksit.use-case}) and each provider call
     * ({@code taksit.provider.call}), for the host's tracing bridge (OpenTelemetry, Brave).
     * Needs {@code io.micrometer:micrometer-observation} on the class path.
     */
    public Builder observationRegistry(ObservationRegistry registry) {
      observationRegistry = Objects.requireNonNull(registry, "registry");
      return this;
    }

    public Taksit build() {
      List<String> missing = List.empty();
      if (billingGateways.isEmpty() && installmentGateways.isEmpty() && providers.isEmpty()) {
        missing = missing.append("a provider (provider(plugin, config), billingGateway(...) or"
            + " installmentGateway(...))");
      }
      if (dataSource == null && !memoryStorage) {
        missing = missing.append("storage (jdbc(dataSource) for H2 or PostgreSQL; memoryStorage()"
            + " only for tests: payments kept in memory are forgotten on restart, and the same"
            + " idempotency key would pay again)");
      }
      if (!missing.isEmpty()) {
        throw new IllegalStateException("Taksit needs " + missing.mkString("; and "));
      }
      Wired wired = wire();
      if (dataSource != null && migrate) {
        DataSources.migrate(dataSource);
      }
      return new Taksit(this, wired);
    }

    /**
     * The configured providers' gateways made with this builder's clock, beside the host's own,
     * every one behind its provider's circuit breaker and bulkhead (one guard per provider). The
     * builder itself is left as it was, so building twice makes two independent instances.
     */
    private Wired wire() {
      ProviderContext context = new ProviderContext(clock);
      ProviderActivity activity = new ProviderActivity(clock);
      Instrumentation instrumentation = meterRegistry == null && observationRegistry == null
          ? Instrumentation.NONE
          : Instrumentation.micrometer(meterRegistry, observationRegistry);
      ProviderCallObserver observer = instrumentation.around(activity);
      List<BillingGateway> billing = billingGateways;
      List<InstallmentGateway> installments = installmentGateways;
      List<CatalogGateway> catalogs = catalogGateways;
      Map<ProviderId, ResilienceSettings> settings = resilience;
      for (ConfiguredProvider<?> configured : providers) {
        ProviderGateways made = configured.gateways(context);
        billing = billing.appendAll(made.billing());
        installments = installments.appendAll(made.installments());
        catalogs = catalogs.appendAll(made.catalog());
        // Settings given to the builder win over the provider's configuration section.
        settings = settings.put(configured.id(), configured.resilience(), (chosen, file) -> chosen);
      }
      java.util.Map<ProviderId, ProviderGuard> guards = new java.util.HashMap<>();
      Map<ProviderId, ResilienceSettings> chosen = settings;
      java.util.function.Function<ProviderId, ProviderGuard> guardOf = id -> guards.computeIfAbsent(
          id, provider -> new ProviderGuard(provider,
              chosen.get(provider).getOrElse(ResilienceSettings.DEFAULTS), clock));
      // Observed inside the guard: latency is of calls sent; refusals are the guard's to count.
      List<BillingGateway> guardedBilling = billing.map(gateway ->
          new GuardedBillingGateway(new ObservedBillingGateway(gateway, observer),
              guardOf.apply(gateway.provider())));
      List<InstallmentGateway> guardedInstallments = installments.map(gateway ->
          new GuardedInstallmentGateway(new ObservedInstallmentGateway(gateway, observer),
              guardOf.apply(gateway.provider())));
      // A catalog sync is an operator's occasional read, outside the payment path the guard keeps.
      return new Wired(guardedBilling, guardedInstallments, catalogs, HashMap.ofAll(guards),
          activity, instrumentation);
    }

    private static String defaultInstanceId() {
      String host;
      try {
        host = java.net.InetAddress.getLocalHost().getHostName();
      } catch (java.io.IOException unknown) {
        host = "taksit";
      }
      String name = host.length() > 80 ? host.substring(0, 80) : host;
      return name + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    }

    private Stores stores() {
      BillerCatalog billerCatalog = catalog != null ? catalog : new InMemoryBillerCatalog(billers);
      FeeScheduleSource schedules = scheduleSource != null
          ? scheduleSource : new InMemoryFeeScheduleSource(feeSchedules);
      // In front of a database, what the payment path would read back right after it was
      // written (a quote) or read on every inquiry (a service's input fields) is kept in memory
      // for a while: a round trip each (issue 14). The caches say why that changes no answer.
      SyncedCatalog synced = dataSource == null
          ? new InMemorySyncedCatalog()
          : new RecentCatalogEntries(new JdbcSyncedCatalog(dataSource));
      BillerDirectory directory = new BillerDirectory(billerCatalog, synced);
      if (dataSource == null) {
        InMemoryPaymentRepository memory = new InMemoryPaymentRepository();
        return new Stores(directory, synced, schedules, memory, memory.outbox(),
            new InMemoryInquiredBills(), new InMemoryFeeQuotes());
      }
      return new Stores(directory, synced, schedules, new JdbcPaymentRepository(dataSource),
          new JdbcPaymentOutbox(dataSource),
          new JdbcInquiredBills(dataSource, clock, JdbcInquiredBills.DEFAULT_RETENTION),
          new RecentFeeQuotes(new JdbcFeeQuotes(dataSource), clock));
    }

    private static Duration positive(Duration value, String name) {
      Objects.requireNonNull(value, name);
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(name + " must be a positive duration");
      }
      return value;
    }
  }
}
