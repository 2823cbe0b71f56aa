package io.taksit.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import io.taksit.domain.provider.ProviderId;
import io.taksit.sandbox.spi.ProviderEndpoint;
import io.taksit.sandbox.spi.SandboxContext;
import io.taksit.sandbox.spi.SandboxProvider;
import io.taksit.sandbox.spi.SandboxProviders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded provider sandbox: every installed provider ({@link SandboxProviders}) on one
 * loopback HTTP server, speaking {@code docs/providers-wire.md}, with switchable faults and a
 * ledger of every charge. It names no provider: each comes with its own
 * {@link io.taksit.sandbox.spi.SandboxProvider}, and {@link #configuration()} is the ready Taksit
 * configuration that talks to all of them.
 *
 * <pre>{@code
 * try (ProviderSandbox sandbox = ProviderSandbox.start(SandboxSettings.defaults())) {
 *   URI base = sandbox.baseUrl(provider); // http://127.0.0.1:{port}/{the provider's base path}
 *   sandbox.faults(FaultPlan.scripted().next(provider, SandboxOperation.PAY,
 *       Fault.chargeThenDrop()));
 *   ... drive Taksit's adapters against it (sandbox.configuration() configures them) ...
 *   assert sandbox.ledger().doubleCharges().isEmpty();
 * }
 * }</pre>
 *
 * <p>Built on the JDK's {@code com.sun.net.httpserver} (no extra dependency), bound to
 * 127.0.0.1 only. Requests run on a cached pool of daemon threads, so slow (faulted) requests
 * never queue fast ones. {@code sun.net.httpserver.nodelay} is switched on before the first
 * server is created unless it was set explicitly: without it a loopback round trip costs ~44 ms
 * instead of ~0.16 ms (Nagle meets delayed ACK). The JDK reads it once per JVM, so a server made
 * elsewhere in the JVM before this class would fix it to the slow default.
 */
public final class ProviderSandbox implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ProviderSandbox.class);
  private static final String NODELAY = "sun.net.httpserver.nodelay";
  private static final AtomicInteger SANDBOXES = new AtomicInteger();

  private final SandboxSettings settings;
  private final SandboxLedger ledger;
  private final AtomicReference<FaultPlan> plan;
  private final FaultCounts counts = new FaultCounts();
  private final InFlightRequests inFlight = new InFlightRequests();
  private final AtomicLong sequence = new AtomicLong();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final Map<ProviderId, ProviderEndpoint> endpoints;
  private final HttpServer server;
  private final ExecutorService threads;

  private ProviderSandbox(SandboxSettings settings, List<SandboxProvider<?>> providers)
      throws IOException {
    this.settings = settings;
    this.ledger = new SandboxLedger(settings.clock());
    this.plan = new AtomicReference<>(settings.faults());
    this.endpoints = endpoints(settings, ledger, providers);
    if (System.getProperty(NODELAY) == null) {
      System.setProperty(NODELAY, "true");
    }
    this.server = HttpServer.create(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), settings.port()), 256);
    FaultInjector injector = new FaultInjector(counts, settings.clock(), this::expireTokens);
    for (ProviderEndpoint endpoint : endpoints.values()) {
      // The trailing slash: the JDK matches contexts by plain prefix, "/a" would take "/ab" too.
      server.createContext(endpoint.basePath() + "/",
          new ProviderExchange(endpoint, plan, sequence, counts, injector, inFlight));
    }
    server.createContext("/", new UnknownPath(endpoints.values().stream()
        .map(ProviderEndpoint::basePath).toList()));
    this.threads = Executors.newCachedThreadPool(daemonThreads());
    server.setExecutor(threads);
  }

  /** Starts the demo's sandbox: {@link SandboxSettings#defaults()}. */
  public static ProviderSandbox start() {
    return start(SandboxSettings.defaults());
  }

  /**
   * Starts a sandbox of every installed provider on 127.0.0.1 and the settings' port (a random
   * free one for 0).
   *
   * @throws UncheckedIOException if the port cannot be bound
   * @throws IllegalArgumentException if the settings hold data for a provider that is not
   *     installed, or data of the wrong type
   */
  public static ProviderSandbox start(SandboxSettings settings) {
    return start(settings, SandboxProviders.installed());
  }

  /**
   * Starts a sandbox of exactly {@code providers}, installed or not (a test's own provider, a
   * subset of the installed ones).
   *
   * @throws UncheckedIOException if the port cannot be bound
   * @throws IllegalArgumentException for two providers of one id, two endpoints on one base path,
   *     or data in the settings for a provider not among them (or of the wrong type)
   */
  public static ProviderSandbox start(SandboxSettings settings,
      Collection<? extends SandboxProvider<?>> providers) {
    Objects.requireNonNull(settings, "settings");
    List<SandboxProvider<?>> checked = SandboxProviders.checked(
        Objects.requireNonNull(providers, "providers"));
    try {
      ProviderSandbox sandbox = new ProviderSandbox(settings, checked);
      sandbox.server.start();
      LOG.debug("provider sandbox listening on http://127.0.0.1:{}", sandbox.port());
      return sandbox;
    } catch (IOException e) {
      throw new UncheckedIOException("the provider sandbox could not bind 127.0.0.1:"
          + settings.port(), e);
    }
  }

  /** The port it listens on. */
  public int port() {
    return server.getAddress().getPort();
  }

  /**
   * The base URL to configure a provider's adapter with: the provider's base path on this
   * sandbox, no trailing slash: {@code http://127.0.0.1:{port}/{base path}}.
   *
   * @throws IllegalArgumentException for a provider the sandbox does not serve
   */
  public URI baseUrl(ProviderId provider) {
    return URI.create("http://127.0.0.1:" + port() + served(provider).basePath());
  }

  /** The providers it serves, ordered by id. */
  public List<ProviderId> providers() {
    return List.copyOf(endpoints.keySet());
  }

  /**
   * A provider's endpoint, typed: what a test reads a provider's credentials or data from.
   *
   * @throws IllegalArgumentException for a provider the sandbox does not serve, or an endpoint
   *     that is not a {@code type}
   */
  public <T extends ProviderEndpoint> T endpoint(ProviderId provider, Class<T> type) {
    ProviderEndpoint endpoint = served(provider);
    if (!type.isInstance(endpoint)) {
      throw new IllegalArgumentException("the endpoint of provider " + provider + " is a "
          + endpoint.getClass().getName() + ", not a " + type.getName());
    }
    return type.cast(endpoint);
  }

  /**
   * A ready Taksit configuration tree ({@code docs/configuration.md}) that talks to this
   * sandbox: {@code providers} holds every served provider's section (its base URL here, the
   * sandbox's demo credentials), {@code billers} every biller the providers offer. It has no
   * {@code storage}: the caller adds the storage it wants (memory by default). A new tree on
   * every call; it holds the demo credentials, so it is not for logging.
   */
  public ObjectNode configuration() {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    ObjectNode providers = root.putObject("providers");
    ArrayNode billers = root.putArray("billers");
    endpoints.forEach((id, endpoint) -> {
      providers.set(id.value(), endpoint.configuration(baseUrl(id)));
      endpoint.billers().forEach(billers::add);
    });
    return root;
  }

  /** Every charge made so far. */
  public SandboxLedger ledger() {
    return ledger;
  }

  /** The settings it was started with. */
  public SandboxSettings settings() {
    return settings;
  }

  /** Replaces the fault plan; requests already being answered keep theirs. */
  public void faults(FaultPlan newPlan) {
    plan.set(Objects.requireNonNull(newPlan, "plan"));
  }

  /** The fault plan in force. */
  public FaultPlan faults() {
    return plan.get();
  }

  /** The faults injected so far, by kind. */
  public FaultCounts injectedFaults() {
    return counts;
  }

  /** How many routed requests reached the sandbox (each consumed one sequence number). */
  public long requestCount() {
    return sequence.get();
  }

  /** Every bearer token any provider issued so far stops working (HTTP 401 from now on). */
  public void expireTokens() {
    endpoints.values().forEach(ProviderEndpoint::expireTokens);
  }

  /**
   * Waits until no request is being worked on: after it, every delayed charge has landed in the
   * ledger. True if idle, false if {@code timeout} passed first.
   */
  public boolean awaitIdle(Duration timeout) {
    try {
      return inFlight.awaitIdle(timeout);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * Stops the server; requests still sleeping in a fault are hung up on, unanswered. Closing
   * again does nothing (a shutdown hook and the owner may both close it).
   */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      server.stop(0);
      threads.shutdownNow();
    }
  }

  private ProviderEndpoint served(ProviderId provider) {
    ProviderEndpoint endpoint = endpoints.get(provider);
    if (endpoint == null) {
      throw new IllegalArgumentException("the sandbox does not serve provider " + provider);
    }
    return endpoint;
  }

  /** One endpoint per provider, in id order; checked before any port is bound. */
  private static Map<ProviderId, ProviderEndpoint> endpoints(SandboxSettings settings,
      SandboxLedger ledger, List<SandboxProvider<?>> providers) {
    LocalDate today = LocalDate.now(settings.clock().withZone(ZoneId.systemDefault()));
    Map<ProviderId, ProviderEndpoint> endpoints = new LinkedHashMap<>();
    Map<String, ProviderId> byPath = new LinkedHashMap<>();
    for (SandboxProvider<?> provider : providers) {
      ProviderEndpoint endpoint = endpoint(provider, settings, ledger, today);
      ProviderId other = byPath.putIfAbsent(endpoint.basePath(), provider.id());
      if (other != null) {
        throw new IllegalArgumentException("providers " + other + " and " + provider.id()
            + " are both served under " + endpoint.basePath());
      }
      endpoints.put(provider.id(), endpoint);
    }
    for (ProviderId overridden : settings.providerData().keySet()) {
      if (!endpoints.containsKey(overridden)) {
        throw new IllegalArgumentException("the settings hold data for provider " + overridden
            + ", which this sandbox does not serve (it serves " + endpoints.keySet() + ")");
      }
    }
    return endpoints;
  }

  private static <D> ProviderEndpoint endpoint(SandboxProvider<D> provider,
      SandboxSettings settings, SandboxLedger ledger, LocalDate today) {
    D data = settings.providerData(provider.id(), provider.dataType())
        .getOrElse(() -> provider.demoData(today));
    ProviderEndpoint endpoint = provider.endpoint(
        new SandboxContext<>(settings, ledger, today, data));
    if (!endpoint.provider().equals(provider.id())) {
      throw new IllegalStateException(provider.getClass().getName() + " of provider "
          + provider.id() + " made an endpoint of provider " + endpoint.provider());
    }
    String path = endpoint.basePath();
    if (!path.matches("(/[A-Za-z0-9._~-]+)+")) {
      throw new IllegalStateException("provider " + provider.id() + " has base path '" + path
          + "': it must start with '/', have no empty segment and no trailing slash");
    }
    return endpoint;
  }

  private static ThreadFactory daemonThreads() {
    int sandbox = SANDBOXES.incrementAndGet();
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable,
          "taksit-sandbox-" + sandbox + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
