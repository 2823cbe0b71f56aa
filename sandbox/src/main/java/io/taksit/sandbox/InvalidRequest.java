package io.taksit.sandbox;

/**
 * A request the provider cannot even read (missing field, wrong type, bad JSON): answered with
 * HTTP 400 in the provider's envelope, never processed. An exception only because request parsing
 * is deeply nested; it never crosses the package.
 */
final class InvalidRequest extends RuntimeException {

  private static final long serialVersionUID = 1L;

  InvalidRequest(String message) {
    super(message, null, false, false);
  }
}
