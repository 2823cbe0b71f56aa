package io.taksit.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.taksit.sandbox.spi.ProviderEndpoint;
import io.taksit.sandbox.spi.Route;
import io.taksit.sandbox.spi.SandboxCall;
import io.vavr.control.Option;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The request pipeline of one provider: read the request, route it, ask the fault plan, let the
 * {@link FaultInjector} answer. Nothing is logged on the normal path (benchmarks go through it);
 * a request body is never logged at all (it may hold a card number).
 */
final class ProviderExchange implements HttpHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ProviderExchange.class);

  private final ProviderEndpoint endpoint;
  private final AtomicReference<FaultPlan> plan;
  private final AtomicLong sequence;
  private final FaultCounts counts;
  private final FaultInjector injector;
  private final InFlightRequests inFlight;

  ProviderExchange(ProviderEndpoint endpoint, AtomicReference<FaultPlan> plan,
      AtomicLong sequence, FaultCounts counts, FaultInjector injector, InFlightRequests inFlight) {
    this.endpoint = endpoint;
    this.plan = plan;
    this.sequence = sequence;
    this.counts = counts;
    this.injector = injector;
    this.inFlight = inFlight;
  }

  @Override
  public void handle(HttpExchange exchange) {
    inFlight.started();
    try {
      serve(exchange);
    } catch (IOException clientGone) {
      LOG.debug("{}: the client went away before its answer: {}", endpoint.provider(),
          clientGone.getClass().getSimpleName());
    } catch (InterruptedException stopping) {
      // The sandbox is closing: hang up without answering.
      Thread.currentThread().interrupt();
    } catch (RuntimeException bug) {
      // The type and where it was thrown, never the message: it could quote the request.
      StackTraceElement[] where = bug.getStackTrace();
      LOG.warn("{}: the sandbox failed on a request: {} at {}", endpoint.provider(),
          bug.getClass().getName(), where.length == 0 ? "?" : where[0]);
      if (exchange.getResponseCode() == -1) {
        try {
          FaultInjector.send(exchange, endpoint.error(500, "sandbox failure"));
        } catch (IOException ignored) {
          // Nothing more to do for this client.
        }
      }
    } finally {
      exchange.close();
      inFlight.finished();
    }
  }

  private void serve(HttpExchange exchange) throws IOException, InterruptedException {
    byte[] body = exchange.getRequestBody().readAllBytes();
    String path = exchange.getRequestURI().getRawPath().substring(endpoint.basePath().length());
    Option<Route> found = endpoint.route(path);
    if (found.isEmpty()) {
      FaultInjector.send(exchange, endpoint.error(404, "no such path: " + path));
      return;
    }
    Route route = found.get();
    if (!route.method().equals(exchange.getRequestMethod())) {
      FaultInjector.send(exchange, endpoint.error(405, path + " takes " + route.method())
          .withHeader("Allow", route.method()));
      return;
    }
    SandboxCall call = new HttpSandboxCall(route, path, exchange.getRequestHeaders(),
        exchange.getRequestURI().getRawQuery(), body);
    Fault fault = plan.get().decide(
        new SandboxRequest(endpoint.provider(), route.operation(), sequence.incrementAndGet()));
    counts.injected(fault);
    endpoint.arrived(call);
    try {
      injector.answer(fault, endpoint, call, exchange);
    } finally {
      endpoint.departed(call);
    }
  }
}
