package io.taksit.sandbox.spi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.taksit.sandbox.SandboxOperation;
import java.util.Locale;
import java.util.Map;

/**
 * One routed request as a provider endpoint sees it: route, headers, query, body. An interface,
 * so that endpoints never see the HTTP server's own types. The JSON body is parsed at most once,
 * whoever asks first (the fault pipeline peeks at a payment's key to know it is in flight, the
 * endpoint then reads the rest).
 */
public interface SandboxCall {

  /** Where the request's path led. */
  Route route();

  /**
   * The request's raw path below the provider's base path, without the query
   * ({@code /payment/iyzipos/installment}): what a provider that signs requests signs.
   */
  String path();

  /** The request body exactly as received (a copy), for providers that verify a signature. */
  byte[] body();

  /** The route's operation. */
  default SandboxOperation operation() {
    return route().operation();
  }

  /** A request header (names are case-insensitive), or null. */
  String header(String name);

  /** Whether the request says its body is of this media type (parameters such as charset aside). */
  default boolean hasContentType(String mediaType) {
    String contentType = header("Content-Type");
    if (contentType == null) {
      return false;
    }
    int semicolon = contentType.indexOf(';');
    String type = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
    return type.trim().toLowerCase(Locale.ROOT).equals(mediaType);
  }

  /** The body as a JSON object; an {@link InvalidRequest} when it is none. */
  ObjectNode json();

  /** A query parameter, decoded, or null. */
  String queryParameter(String name);

  /** The body as form fields ({@code application/x-www-form-urlencoded}). */
  Map<String, String> form();
}
