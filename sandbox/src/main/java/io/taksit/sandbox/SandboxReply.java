package io.taksit.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * What a provider answers to one request, before any fault spoils it.
 *
 * @param status      HTTP status
 * @param contentType the {@code Content-Type}
 * @param body        the bytes of the body (empty for none)
 * @param headers     extra headers ({@code Retry-After})
 * @param charged     whether handling the request moved money (a charge went into the ledger)
 */
record SandboxReply(int status, String contentType, byte[] body, Map<String, String> headers,
    boolean charged) {

  static final String JSON = "application/json; charset=utf-8";

  SandboxReply {
    headers = Map.copyOf(headers);
  }

  /** A JSON answer that moved no money. */
  static SandboxReply json(int status, Object body) {
    return new SandboxReply(status, JSON, Json.write(body), Map.of(), false);
  }

  /** A JSON answer that moved money. */
  static SandboxReply charged(Object body) {
    return new SandboxReply(200, JSON, Json.write(body), Map.of(), true);
  }

  /** An answer already serialised (Teqpay's hand-written JSON, a replayed answer). */
  static SandboxReply raw(int status, String contentType, String body) {
    return new SandboxReply(status, contentType, body.getBytes(StandardCharsets.UTF_8), Map.of(),
        false);
  }

  /** The same answer with one more header. */
  SandboxReply withHeader(String name, String value) {
    Map<String, String> more = new HashMap<>(headers);
    more.put(name, value);
    return new SandboxReply(status, contentType, body, more, charged);
  }
}
