package io.taksit.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.taksit.domain.provider.ProviderId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded provider sandbox: Momkn, Sipay, Paywall and Teqpay on one loopback HTTP server,
 * speaking {@code docs/providers-wire.md}, with switchable faults and a ledger of every charge.
 *
 * <pre>{@code
 * try (ProviderSandbox sandbox = ProviderSandbox.start(SandboxSettings.defaults())) {
 *   URI momkn = sandbox.baseUrl(ProviderId.MOMKN); // http://127.0.0.1:{port}/momkn/gateway/api/v2
 *   sandbox.faults(FaultPlan.scripted().next(ProviderId.MOMKN, SandboxOperation.PAY,
 *       Fault.chargeThenDrop()));
 *   ... drive Taksit's adapters against it ...
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
  private final HttpServer server;
  private final ExecutorService threads;
  private final SandboxLedger ledger;
  private final AtomicReference<FaultPlan> plan;
  private final FaultCounts counts = new FaultCounts();
  private final InFlightRequests inFlight = new InFlightRequests();
  private final AtomicLong sequence = new AtomicLong();
  private final BearerTokens momknTokens;
  private final BearerTokens sipayTokens;
  private final Map<ProviderId, ProviderEndpoint> endpoints;

  private ProviderSandbox(SandboxSettings settings) throws IOException {
    this.settings = settings;
    this.ledger = new SandboxLedger(settings.clock());
    this.plan = new AtomicReference<>(settings.faults());
    this.momknTokens = new BearerTokens(settings.clock(), settings.tokenLifetime());
    this.sipayTokens = new BearerTokens(settings.clock(), settings.tokenLifetime());
    SandboxData data = settings.data();
    SandboxCredentials credentials = settings.credentials();
    this.endpoints = Map.of(
        ProviderId.MOMKN, new MomknEndpoint(new MomknBook(data.momkn(), ledger, settings.clock(),
            settings.billLifetime()), credentials, momknTokens),
        ProviderId.SIPAY, new SipayEndpoint(new SipayBook(data.sipay(), ledger), credentials,
            sipayTokens),
        ProviderId.PAYWALL, new PaywallEndpoint(data.paywall(), credentials,
            settings.paywallShape()),
        ProviderId.TEQPAY, new TeqpayEndpoint(data.teqpay(), credentials));
    if (System.getProperty(NODELAY) == null) {
      System.setProperty(NODELAY, "true");
    }
    this.server = HttpServer.create(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), settings.port()), 256);
    FaultInjector injector = new FaultInjector(counts, settings.clock(), this::expireTokens);
    for (ProviderEndpoint endpoint : endpoints.values()) {
      // The trailing slash: the JDK matches contexts by plain prefix, "/sipay" would take
      // "/sipayx" too.
      server.createContext(endpoint.basePath() + "/",
          new ProviderExchange(endpoint, plan, sequence, counts, injector, inFlight));
    }
    server.createContext("/", new UnknownPath());
    this.threads = Executors.newCachedThreadPool(daemonThreads());
    server.setExecutor(threads);
  }

  /** Starts the demo's sandbox: {@link SandboxSettings#defaults()}. */
  public static ProviderSandbox start() {
    return start(SandboxSettings.defaults());
  }

  /**
   * Starts a sandbox on 127.0.0.1 and the settings' port (a random free one for 0).
   *
   * @throws UncheckedIOException if the port cannot be bound
   */
  public static ProviderSandbox start(SandboxSettings settings) {
    Objects.requireNonNull(settings, "settings");
    try {
      ProviderSandbox sandbox = new ProviderSandbox(settings);
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
   * The base URL to configure a provider's adapter with: the documented base path under the
   * provider's own prefix, no trailing slash. Momkn
   * {@code http://127.0.0.1:{port}/momkn/gateway/api/v2}, Sipay {@code …/sipay}, Paywall
   * {@code …/paywall/api/paywall}, Teqpay {@code …/teqpay}.
   *
   * @throws IllegalArgumentException for a provider the sandbox does not serve
   */
  public URI baseUrl(ProviderId provider) {
    ProviderEndpoint endpoint = endpoints.get(provider);
    if (endpoint == null) {
      throw new IllegalArgumentException("the sandbox does not serve provider " + provider);
    }
    return URI.create("http://127.0.0.1:" + port() + endpoint.basePath());
  }

  /** The providers it serves. */
  public List<ProviderId> providers() {
    return endpoints.keySet().stream().sorted().toList();
  }

  /** Every charge made so far. */
  public SandboxLedger ledger() {
    return ledger;
  }

  /** The credentials it accepts. */
  public SandboxCredentials credentials() {
    return settings.credentials();
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

  /** Every Momkn and Sipay bearer token issued so far stops working (HTTP 401 from now on). */
  public void expireTokens() {
    momknTokens.expireAll();
    sipayTokens.expireAll();
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

  /** Stops the server; requests still sleeping in a fault are hung up on, unanswered. */
  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
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

  /** Anything outside the providers' prefixes: a plain JSON 404. */
  private static final class UnknownPath implements HttpHandler {
    @Override
    public void handle(HttpExchange exchange) throws IOException {
      try {
        exchange.getRequestBody().readAllBytes();
        FaultInjector.send(exchange, SandboxReply.json(404, Json.object("error",
            "not a sandbox path; providers are under /momkn/gateway/api/v2, /sipay,"
                + " /paywall/api/paywall and /teqpay")));
      } finally {
        exchange.close();
      }
    }
  }
}
