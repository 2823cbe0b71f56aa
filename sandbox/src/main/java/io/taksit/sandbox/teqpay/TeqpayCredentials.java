package io.taksit.sandbox.teqpay;

import java.util.Objects;

/**
 * The keys Teqpay's sandbox accepts in the {@code ApiKey} and {@code SecretKey} headers. The
 * demo's ({@link #demo()}) are not secrets, but they are treated as such all the same
 * ({@link #toString()} hides them, nothing logs them) so that the habit holds.
 */
public record TeqpayCredentials(String apiKey, String secretKey) {

  public TeqpayCredentials {
    Objects.requireNonNull(apiKey, "apiKey");
    Objects.requireNonNull(secretKey, "secretKey");
  }

  /** The demo's keys, what a ready configuration is written with. */
  public static TeqpayCredentials demo() {
    return new TeqpayCredentials("3f0126be-5a1d-4c2e-9b7f-06025352594a", "teqpay-sandbox-secret");
  }

  /** Never a key. */
  @Override
  public String toString() {
    return "TeqpayCredentials[keys hidden]";
  }
}
