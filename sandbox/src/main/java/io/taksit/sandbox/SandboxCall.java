package io.taksit.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One routed request as a provider handler sees it: route, headers, query, body. The JSON body
 * is parsed at most once, whoever asks first (the fault pipeline peeks at a payment's key to
 * know it is in flight, the handler then reads the rest).
 */
final class SandboxCall {

  private final Route route;
  private final Headers headers;
  private final String rawQuery;
  private final byte[] body;
  private ObjectNode json;
  private Map<String, String> query;

  SandboxCall(Route route, Headers headers, String rawQuery, byte[] body) {
    this.route = route;
    this.headers = headers;
    this.rawQuery = rawQuery;
    this.body = body;
  }

  Route route() {
    return route;
  }

  SandboxOperation operation() {
    return route.operation();
  }

  /** A request header (names are case-insensitive), or null. */
  String header(String name) {
    return headers.getFirst(name);
  }

  /** Whether the request says its body is of this media type (parameters such as charset aside). */
  boolean hasContentType(String mediaType) {
    String contentType = header("Content-Type");
    if (contentType == null) {
      return false;
    }
    int semicolon = contentType.indexOf(';');
    String type = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
    return type.trim().toLowerCase(Locale.ROOT).equals(mediaType);
  }

  /** The body as a JSON object; an {@link InvalidRequest} when it is none. */
  ObjectNode json() {
    if (json == null) {
      json = Json.parseObject(body);
    }
    return json;
  }

  /** A query parameter, decoded, or null. */
  String queryParameter(String name) {
    if (query == null) {
      query = decodeForm(rawQuery);
    }
    return query.get(name);
  }

  /** The body as {@code application/x-www-form-urlencoded} fields. */
  Map<String, String> form() {
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
