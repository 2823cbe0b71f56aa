package io.taksit.sandbox.sipay;

import java.util.Objects;

/**
 * What Sipay's sandbox accepts at {@code /connect/token} (OAuth2 client credentials). The demo's
 * ({@link #demo()}) are not secrets, but they are treated as such all the same
 * ({@link #toString()} hides the secret, nothing logs it) so that the habit holds.
 *
 * @param clientId     {@code client_id}, also the expected {@code x-client-id} header
 * @param clientSecret {@code client_secret}
 */
public record SipayCredentials(String clientId, String clientSecret) {

  public SipayCredentials {
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(clientSecret, "clientSecret");
  }

  /** The demo's credentials, what a ready configuration is written with. */
  public static SipayCredentials demo() {
    return new SipayCredentials("taksit-demo", "sipay-sandbox-secret");
  }

  /** Names the client, never the secret. */
  @Override
  public String toString() {
    return "SipayCredentials[client " + clientId + ", secret hidden]";
  }
}
