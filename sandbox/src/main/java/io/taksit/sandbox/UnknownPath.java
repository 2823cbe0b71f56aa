package io.taksit.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.taksit.sandbox.support.Json;
import java.io.IOException;
import java.util.List;

/**
 * Anything outside the providers' base paths: a plain JSON 404 that lists them, so that a client
 * configured with a wrong base URL is told where the providers are.
 */
final class UnknownPath implements HttpHandler {

  private final String message;

  UnknownPath(List<String> basePaths) {
    this.message = basePaths.isEmpty() ? "not a sandbox path; the sandbox serves no provider"
        : "not a sandbox path; providers are under " + listed(basePaths);
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try {
      exchange.getRequestBody().readAllBytes();
      FaultInjector.send(exchange, Json.reply(404, Json.object("error", message)));
    } finally {
      exchange.close();
    }
  }

  /** {@code /a}, {@code /a and /b}, {@code /a, /b and /c}. */
  private static String listed(List<String> items) {
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and "
        + items.get(items.size() - 1);
  }
}
