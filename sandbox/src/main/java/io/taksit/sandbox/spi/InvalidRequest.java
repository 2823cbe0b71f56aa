package io.taksit.sandbox.spi;

/**
 * A request the provider cannot even read (missing field, wrong type, bad JSON): answered with
 * HTTP 400 in the provider's envelope ({@link ProviderEndpoint#error}), never processed. An
 * exception only because request parsing is deeply nested; the sandbox catches it around
 * {@link ProviderEndpoint#handle}, it never reaches a client as an exception. Its message is sent
 * to the client, so it must not quote a secret or a card number.
 */
public final class InvalidRequest extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InvalidRequest(String message) {
    super(message, null, false, false);
  }
}
