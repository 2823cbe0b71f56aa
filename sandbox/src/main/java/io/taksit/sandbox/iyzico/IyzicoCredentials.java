package io.taksit.sandbox.iyzico;

import java.util.Objects;

/**
 * The keys iyzico's sandbox accepts: the {@code apiKey} named in the {@code IYZWSv2}
 * authorization, and the {@code secretKey} its signature must be made with. The demo's
 * ({@link #demo()}) are not secrets, but are treated as such ({@link #toString()} hides them).
 */
public record IyzicoCredentials(String apiKey, String secretKey) {

  public IyzicoCredentials {
    Objects.requireNonNull(apiKey, "apiKey");
    Objects.requireNonNull(secretKey, "secretKey");
  }

  /** The demo's keys, what a ready configuration is written with. */
  public static IyzicoCredentials demo() {
    return new IyzicoCredentials("sandbox-iyzico-api-key", "sandbox-iyzico-secret-key");
  }

  /** Never a key. */
  @Override
  public String toString() {
    return "IyzicoCredentials[keys hidden]";
  }
}
