package io.taksit.adapters.http.teqpay;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.taksit.adapters.http.spi.ProviderConfiguration;
import io.taksit.adapters.http.support.ConfigChecks;
import io.taksit.adapters.http.support.ConfigProblem;
import io.taksit.adapters.http.support.Endpoint;
import io.taksit.adapters.http.support.HttpSettings;
import io.taksit.adapters.http.support.Secret;
import io.vavr.collection.List;

/**
 * How to reach Teqpay. Checked as a whole by {@link #problems()}; {@link TeqpayGateway} refuses to
 * start while any remain.
 *
 * @param baseUrl   Teqpay's base URL, {@code /installmentinfo} is appended. Undocumented, so no
 *                  default (<b>assumed</b> configurable): https required, plain http only for a
 *                  loopback host (a stub, the sandbox under {@code /teqpay})
 * @param apiKey    the dealer's {@code ApiKey} header
 * @param secretKey the dealer's {@code SecretKey} header
 * @param language  {@code TR} (Teqpay's default, and ours) or {@code EN}: the language of
 *                  Teqpay's messages; nothing else is accepted
 * @param http      timeouts and read retries; {@link HttpSettings#DEFAULTS} by default (2 s to
 *                  connect, 10 s to read, 3 tries)
 */
public record TeqpayConfig(String baseUrl, Secret apiKey, Secret secretKey, String language,
    HttpSettings http)
    implements ProviderConfiguration {

  /** Teqpay's own default language. */
  public static final String DEFAULT_LANGUAGE = "TR";

  private static final List<String> LANGUAGES = List.of("TR", "EN");

  /** A configuration with the defaults: language {@code TR}, {@link HttpSettings#DEFAULTS}. */
  public static TeqpayConfig of(String baseUrl, Secret apiKey, Secret secretKey) {
    return new TeqpayConfig(baseUrl, apiKey, secretKey, DEFAULT_LANGUAGE, HttpSettings.DEFAULTS);
  }

  /**
   * The configuration {@code providers.teqpay} describes (bound by Jackson): language
   * {@link #DEFAULT_LANGUAGE} (any letter case accepted) and the default HTTP settings when
   * absent. Not validated: see {@link #problems()}.
   */
  @JsonCreator
  public static TeqpayConfig fromConfiguration(@JsonProperty("baseUrl") String baseUrl,
      @JsonProperty("apiKey") Secret apiKey, @JsonProperty("secretKey") Secret secretKey,
      @JsonProperty("language") String language, @JsonProperty("http") HttpSettings http) {
    return new TeqpayConfig(baseUrl, apiKey, secretKey,
        language == null ? DEFAULT_LANGUAGE : language.trim().toUpperCase(java.util.Locale.ROOT),
        http == null ? HttpSettings.DEFAULTS : http);
  }

  public TeqpayConfig withLanguage(String other) {
    return new TeqpayConfig(baseUrl, apiKey, secretKey, other, http);
  }

  public TeqpayConfig withHttp(HttpSettings other) {
    return new TeqpayConfig(baseUrl, apiKey, secretKey, language, other);
  }

  /** Every problem at once, keyed {@code teqpay.<field>}; empty when the config is usable. */
  @Override
  public List<ConfigProblem> problems() {
    return ConfigChecks.under("teqpay")
        .include(Endpoint.problemsOf(baseUrl))
        .present(apiKey, "apiKey")
        .present(secretKey, "secretKey")
        .require(language != null && LANGUAGES.contains(language), "language",
            "must be TR or EN")
        .present(http, "http")
        .problems();
  }
}
