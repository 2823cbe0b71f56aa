package io.taksit.sandbox.spi;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a provider answers to one request, before any fault spoils it. A plain value: how the
 * body was written (standard JSON through {@code io.taksit.sandbox.support.Json}, a provider's
 * own dialect by hand) is the endpoint's business.
 *
 * @param status      HTTP status
 * @param contentType the {@code Content-Type}
 * @param body        the bytes of the body (empty for none)
 * @param headers     extra headers ({@code Retry-After})
 * @param charged     whether handling the request moved money (a charge went into the ledger):
 *                    what tells a charge-then-drop fault that an answer was lost after a charge
 */
public record SandboxReply(int status, String contentType, byte[] body,
    Map<String, String> headers, boolean charged) {

  /** The {@code Content-Type} of a JSON answer. */
  public static final String JSON = "application/json; charset=utf-8";

  public SandboxReply {
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(body, "body");
    headers = Map.copyOf(headers);
  }

  /** An answer already serialised (a provider's hand-written dialect, an HTML page), no charge. */
  public static SandboxReply raw(int status, String contentType, String body) {
    return new SandboxReply(status, contentType, body.getBytes(StandardCharsets.UTF_8), Map.of(),
        false);
  }

  /** The same answer with one more header. */
  public SandboxReply withHeader(String name, String value) {
    Map<String, String> more = new HashMap<>(headers);
    more.put(name, value);
    return new SandboxReply(status, contentType, body, more, charged);
  }
}
