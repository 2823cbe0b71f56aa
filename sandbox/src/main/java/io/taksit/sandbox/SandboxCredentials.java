package io.taksit.sandbox;

import java.util.Objects;

/**
 * The credentials the sandbox accepts, one set per provider. {@link #demo()} is what the demo
 * and the tests configure Taksit with; they are not secrets, but they are treated as such all the
 * same ({@link #toString()} hides them, nothing logs them) so that the habit holds.
 *
 * @param momknAccountId         the {@code {accountId}} of Momkn's authenticate path
 * @param momknUserName          Momkn {@code UserName}
 * @param momknPassword          Momkn {@code Password}
 * @param sipayClientId          Sipay {@code client_id} (also the expected {@code x-client-id})
 * @param sipayClientSecret      Sipay {@code client_secret}
 * @param paywallApiKeyPublic    Paywall header {@code apikeypublic}
 * @param paywallApiClientPublic Paywall header {@code apiclientpublic}
 * @param teqpayApiKey           Teqpay header {@code ApiKey}
 * @param teqpaySecretKey        Teqpay header {@code SecretKey}
 */
public record SandboxCredentials(String momknAccountId, String momknUserName,
    String momknPassword, String sipayClientId, String sipayClientSecret,
    String paywallApiKeyPublic, String paywallApiClientPublic, String teqpayApiKey,
    String teqpaySecretKey) {

  public SandboxCredentials {
    Objects.requireNonNull(momknAccountId, "momknAccountId");
    Objects.requireNonNull(momknUserName, "momknUserName");
    Objects.requireNonNull(momknPassword, "momknPassword");
    Objects.requireNonNull(sipayClientId, "sipayClientId");
    Objects.requireNonNull(sipayClientSecret, "sipayClientSecret");
    Objects.requireNonNull(paywallApiKeyPublic, "paywallApiKeyPublic");
    Objects.requireNonNull(paywallApiClientPublic, "paywallApiClientPublic");
    Objects.requireNonNull(teqpayApiKey, "teqpayApiKey");
    Objects.requireNonNull(teqpaySecretKey, "teqpaySecretKey");
  }

  /** The demo's credentials (documented in the sandbox's report and the demo's output). */
  public static SandboxCredentials demo() {
    return new SandboxCredentials(
        "10001", "taksit-demo", "momkn-sandbox-password",
        "taksit-demo", "sipay-sandbox-secret",
        "paywall-sandbox-public-key", "paywall-sandbox-public-client",
        "3f0126be-5a1d-4c2e-9b7f-06025352594a", "teqpay-sandbox-secret");
  }

  /** Names the account and user ids, never a password, secret or key. */
  @Override
  public String toString() {
    return "SandboxCredentials[momkn account " + momknAccountId + " user " + momknUserName
        + ", sipay client " + sipayClientId + ", paywall/teqpay keys hidden]";
  }
}
