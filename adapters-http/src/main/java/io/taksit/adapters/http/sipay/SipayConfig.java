package io.taksit.adapters.http.sipay;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.taksit.adapters.http.spi.ProviderConfiguration;
import io.taksit.adapters.http.support.ConfigChecks;
import io.taksit.adapters.http.support.ConfigProblem;
import io.taksit.adapters.http.support.Endpoint;
import io.taksit.adapters.http.support.HttpSettings;
import io.taksit.adapters.http.support.Secret;
import io.vavr.collection.List;
import java.time.Duration;

/**
 * How Taksit reaches Sipay Wallet and which wallet pays.
 *
 * <p>Nothing here is validated on construction, so that {@link #problems()} can list every
 * problem of a configuration at once; {@link SipayGateway#create} refuses a configuration that
 * has any. {@link #toString()} shows the client secret masked.
 *
 * @param baseUrl Sipay's base URL (no public default; https, or http on a loopback host)
 * @param clientId the OAuth client id, also sent as {@code x-client-id} on every call
 * @param clientSecret the OAuth client secret
 * @param tenantId the paying wallet's {@code tenant_id} (0 or more; the documented sample sends 0)
 * @param accountTypeId {@code account_type_id}: {@link #INDIVIDUAL} (1) or {@link #BUSINESS} (2)
 * @param accountNumber the paying wallet's {@code account_number}
 * @param walletNumber the paying wallet's {@code wallet_number}
 * @param tokenLifetime how long a token is used when the token answer has no {@code expires_in}
 *     (default {@link #DEFAULT_TOKEN_LIFETIME}, 10 minutes)
 * @param http timeouts and read retries (default {@link HttpSettings#DEFAULTS}: 2 s connect, 10 s
 *     read)
 */
public record SipayConfig(String baseUrl, String clientId, Secret clientSecret, int tenantId,
    int accountTypeId, String accountNumber, String walletNumber, Duration tokenLifetime,
    HttpSettings http)
    implements ProviderConfiguration {

  /** {@code account_type_id} of an individual's wallet. */
  public static final int INDIVIDUAL = 1;
  /** {@code account_type_id} of a business wallet. */
  public static final int BUSINESS = 2;
  /** The token lifetime assumed when Sipay's token answer does not say. */
  public static final Duration DEFAULT_TOKEN_LIFETIME = Duration.ofMinutes(10);

  /** A configuration with the default token lifetime and HTTP settings. */
  public static SipayConfig of(String baseUrl, String clientId, Secret clientSecret, int tenantId,
      int accountTypeId, String accountNumber, String walletNumber) {
    return new SipayConfig(baseUrl, clientId, clientSecret, tenantId, accountTypeId,
        accountNumber, walletNumber, DEFAULT_TOKEN_LIFETIME, HttpSettings.DEFAULTS);
  }

  /**
   * The configuration {@code providers.sipay} describes (bound by Jackson): {@code tenantId} 0,
   * {@code accountTypeId} {@link #INDIVIDUAL}, the default token lifetime and HTTP settings when
   * absent. Not validated: see {@link #problems()}.
   */
  @JsonCreator
  public static SipayConfig fromConfiguration(@JsonProperty("baseUrl") String baseUrl,
      @JsonProperty("clientId") String clientId,
      @JsonProperty("clientSecret") Secret clientSecret,
      @JsonProperty("tenantId") Integer tenantId,
      @JsonProperty("accountTypeId") Integer accountTypeId,
      @JsonProperty("accountNumber") String accountNumber,
      @JsonProperty("walletNumber") String walletNumber,
      @JsonProperty("tokenLifetime") Duration tokenLifetime,
      @JsonProperty("http") HttpSettings http) {
    return new SipayConfig(baseUrl, clientId, clientSecret, tenantId == null ? 0 : tenantId,
        accountTypeId == null ? INDIVIDUAL : accountTypeId, accountNumber, walletNumber,
        tokenLifetime == null ? DEFAULT_TOKEN_LIFETIME : tokenLifetime,
        http == null ? HttpSettings.DEFAULTS : http);
  }

  public SipayConfig withHttp(HttpSettings settings) {
    return new SipayConfig(baseUrl, clientId, clientSecret, tenantId, accountTypeId,
        accountNumber, walletNumber, tokenLifetime, settings);
  }

  public SipayConfig withTokenLifetime(Duration lifetime) {
    return new SipayConfig(baseUrl, clientId, clientSecret, tenantId, accountTypeId,
        accountNumber, walletNumber, lifetime, http);
  }

  /** Every problem of this configuration, keyed {@code sipay.<field>}; none when usable. */
  @Override
  public List<ConfigProblem> problems() {
    return ConfigChecks.under("sipay")
        .include(Endpoint.problemsOf(baseUrl))
        .notBlank(clientId, "clientId")
        .present(clientSecret, "clientSecret")
        .require(tenantId >= 0, "tenantId", "must be 0 or more")
        .require(accountTypeId == INDIVIDUAL || accountTypeId == BUSINESS, "accountTypeId",
            "must be 1 (individual) or 2 (business)")
        .notBlank(accountNumber, "accountNumber")
        .notBlank(walletNumber, "walletNumber")
        .positive(tokenLifetime, "tokenLifetime")
        .present(http, "http")
        .problems();
  }
}
