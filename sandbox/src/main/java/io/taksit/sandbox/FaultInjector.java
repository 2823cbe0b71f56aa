package io.taksit.sandbox;

import com.sun.net.httpserver.HttpExchange;
import io.taksit.sandbox.spi.InvalidRequest;
import io.taksit.sandbox.spi.ProviderEndpoint;
import io.taksit.sandbox.spi.SandboxCall;
import io.taksit.sandbox.spi.SandboxReply;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * Applies one {@link Fault} to one request. The rule that keeps the ledger honest lives here: a
 * fault either stops the request before the provider sees it (nothing charged) or lets the
 * provider process it completely and then spoils or delays the answer (charged, answer lost).
 * There is no fault that charges half-way.
 */
final class FaultInjector {

  /** IMF-fixdate (RFC 9110): {@code Sun, 06 Nov 1994 08:49:37 GMT}, always two-digit days. */
  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
          .withZone(ZoneOffset.UTC);

  private final FaultCounts counts;
  private final Clock clock;
  private final Runnable expireTokens;

  FaultInjector(FaultCounts counts, Clock clock, Runnable expireTokens) {
    this.counts = counts;
    this.clock = clock;
    this.expireTokens = expireTokens;
  }

  /**
   * Answers {@code call} through {@code fault}. Returning without having sent a response means
   * "hang up": the caller closes the exchange, and the JDK server then closes the connection
   * without writing a byte.
   */
  void answer(Fault fault, ProviderEndpoint endpoint, SandboxCall call, HttpExchange exchange)
      throws IOException, InterruptedException {
    if (fault instanceof Fault.None) {
      send(exchange, process(endpoint, call));
    } else if (fault instanceof Fault.Latency latency) {
      pause(latency.delay());
      send(exchange, process(endpoint, call));
    } else if (fault instanceof Fault.ServerError error) {
      send(exchange, endpoint.error(error.status(), "the service is temporarily unavailable"));
    } else if (fault instanceof Fault.TooManyRequests tooMany) {
      send(exchange, tooManyRequests(endpoint, tooMany));
    } else if (fault instanceof Fault.MalformedBody) {
      send(exchange, new SandboxReply(200, SandboxReply.JSON,
          endpoint.truncatedAnswer(call.operation()), Map.of(), false));
    } else if (fault instanceof Fault.EmptyBody) {
      send(exchange, new SandboxReply(200, SandboxReply.JSON, new byte[0], Map.of(), false));
    } else if (fault instanceof Fault.HtmlErrorPage page) {
      send(exchange, SandboxReply.raw(page.status(), "text/html; charset=utf-8",
          htmlPage(page.status())));
    } else if (fault instanceof Fault.ResetConnection) {
      // Hang up: nothing processed, nothing sent.
      assert !fault.reachesProvider();
    } else if (fault instanceof Fault.ChargeThenDrop) {
      if (process(endpoint, call).charged()) {
        counts.answerLostAfterCharge();
      }
    } else if (fault instanceof Fault.ChargeThenDelay late) {
      SandboxReply reply = process(endpoint, call);
      if (reply.charged()) {
        counts.answerLateAfterCharge();
      }
      pause(late.delay());
      sendIfStillWanted(exchange, reply);
    } else if (fault instanceof Fault.ExpireTokens) {
      expireTokens.run();
      send(exchange, process(endpoint, call));
    } else {
      throw new IllegalStateException("a fault the injector does not know: " + fault);
    }
  }

  /** The provider's answer; a request it cannot read is its HTTP 400, never processed. */
  static SandboxReply process(ProviderEndpoint endpoint, SandboxCall call) {
    try {
      return endpoint.handle(call);
    } catch (InvalidRequest invalid) {
      return endpoint.error(400, invalid.getMessage());
    }
  }

  /** Writes an answer. */
  static void send(HttpExchange exchange, SandboxReply reply) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", reply.contentType());
    reply.headers().forEach(exchange.getResponseHeaders()::set);
    byte[] body = reply.body();
    exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      exchange.getResponseBody().write(body);
    }
  }

  /** Writes a late answer, to a client that may have hung up already. */
  private static void sendIfStillWanted(HttpExchange exchange, SandboxReply reply) {
    try {
      send(exchange, reply);
    } catch (IOException clientGone) {
      // Expected: the client timed out, which is the point of the fault.
    }
  }

  private SandboxReply tooManyRequests(ProviderEndpoint endpoint, Fault.TooManyRequests fault) {
    SandboxReply reply = endpoint.error(429, "too many requests, retry after the specified time");
    if (fault.retryAfter().isEmpty()) {
      return reply;
    }
    // Both forms round up to a whole second: a client must never come back too early.
    if (fault.httpDate()) {
      Instant at = clock.instant().plus(fault.retryAfter().get());
      long epochSecond = at.getEpochSecond() + (at.getNano() > 0 ? 1 : 0);
      return reply.withHeader("Retry-After", HTTP_DATE.format(Instant.ofEpochSecond(epochSecond)));
    }
    long seconds = fault.retryAfter().get().plusNanos(999_999_999L).getSeconds();
    return reply.withHeader("Retry-After", Long.toString(seconds));
  }

  private static String htmlPage(int status) {
    String title = status == 200 ? "Request blocked" : status + " " + reason(status);
    return "<!DOCTYPE html>\n<html><head><title>" + title + "</title></head>\n<body><h1>" + title
        + "</h1><p>The request could not be served. Please try again later.</p>"
        + "<hr><address>edge-proxy</address></body></html>\n";
  }

  private static String reason(int status) {
    return switch (status) {
      case 500 -> "Internal Server Error";
      case 502 -> "Bad Gateway";
      case 503 -> "Service Unavailable";
      case 504 -> "Gateway Timeout";
      default -> "Error";
    };
  }

  private static void pause(Duration delay) throws InterruptedException {
    if (!delay.isZero()) {
      Thread.sleep(delay.toMillis(), delay.toNanosPart() % 1_000_000);
    }
  }
}
