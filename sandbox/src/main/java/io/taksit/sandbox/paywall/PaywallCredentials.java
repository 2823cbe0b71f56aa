package io.taksit.sandbox.paywall;

import java.util.Objects;

/**
 * The keys Paywall's sandbox accepts in the {@code apikeypublic} and {@code apiclientpublic}
 * headers. The demo's ({@link #demo()}) are not secrets, but they are treated as such all the
 * same ({@link #toString()} hides them, nothing logs them) so that the habit holds.
 */
public record PaywallCredentials(String apiKeyPublic, String apiClientPublic) {

  public PaywallCredentials {
    Objects.requireNonNull(apiKeyPublic, "apiKeyPublic");
    Objects.requireNonNull(apiClientPublic, "apiClientPublic");
  }

  /** The demo's keys, what a ready configuration is written with. */
  public static PaywallCredentials demo() {
    return new PaywallCredentials("paywall-sandbox-public-key", "paywall-sandbox-public-client");
  }

  /** Never a key. */
  @Override
  public String toString() {
    return "PaywallCredentials[keys hidden]";
  }
}
