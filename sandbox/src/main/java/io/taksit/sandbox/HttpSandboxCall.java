package io.taksit.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import io.taksit.sandbox.spi.InvalidRequest;
import io.taksit.sandbox.spi.Route;
import io.taksit.sandbox.spi.SandboxCall;
import io.taksit.sandbox.support.Json;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * A {@link SandboxCall} over the JDK server's request: its headers (case-insensitive), raw query
 * and body bytes, each decoded only when an endpoint asks.
 */
final class HttpSandboxCall implements SandboxCall {

  private final Route route;
  private final String path;
  private final Headers headers;
  private final String rawQuery;
  private final byte[] body;
  private ObjectNode json;
  private Map<String, String> query;

  HttpSandboxCall(Route route, String path, Headers headers, String rawQuery, byte[] body) {
    this.route = route;
    this.path = path;
    this.headers = headers;
    this.rawQuery = rawQuery;
    this.body = body;
  }

  @Override
  public Route route() {
    return route;
  }

  @Override
  public String path() {
    return path;
  }

  @Override
  public byte[] body() {
    return body.clone();
  }

  @Override
  public String header(String name) {
    return headers.getFirst(name);
  }

  @Override
  public ObjectNode json() {
    if (json == null) {
      json = Json.parseObject(body);
    }
    return json;
  }

  @Override
  public String queryParameter(String name) {
    if (query == null) {
      query = decodeForm(rawQuery);
    }
    return query.get(name);
  }

  @Override
  public Map<String, String> form() {
    return decodeForm(new String(body, StandardCharsets.UTF_8));
  }

  private static Map<String, String> decodeForm(String encoded) {
    Map<String, String> fields = new HashMap<>();
    if (encoded == null || encoded.isEmpty()) {
      return fields;
    }
    for (String pair : encoded.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      String value = equals < 0 ? "" : pair.substring(equals + 1);
      try {
        fields.putIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8),
            URLDecoder.decode(value, StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        throw new InvalidRequest("a form or query field is not URL-encoded properly");
      }
    }
    return fields;
  }
}
