package io.taksit.adapters.http.iyzico;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.taksit.adapters.http.spi.ProviderConfiguration;
import io.taksit.adapters.http.support.ConfigChecks;
import io.taksit.adapters.http.support.ConfigProblem;
import io.taksit.adapters.http.support.Endpoint;
import io.taksit.adapters.http.support.HttpSettings;
import io.taksit.adapters.http.support.Secret;
import io.vavr.collection.List;
import java.util.Locale;

/**
 * How Taksit reaches iyzico's installment inquiry ({@code providers.iyzico}). Validated by
 * {@link #problems()}, which lists every problem at once; the gateway refuses a configuration
 * that has any.
 *
 * @param baseUrl   the API root: {@link #SANDBOX_BASE_URL} or {@link #PRODUCTION_BASE_URL}; https
 *                  required except for loopback hosts (a stub or the sandbox)
 * @param apiKey    the merchant's API key, the {@code apiKey} of the {@code IYZWSv2} header
 * @param secretKey the merchant's secret key, which signs every request (HMAC-SHA256); never sent
 * @param locale    {@code locale} of every request, {@code tr} (default) or {@code en}: the
 *                  language of iyzico's {@code errorMessage}
 * @param http      timeouts and read retries
 */
public record IyzicoConfig(String baseUrl, Secret apiKey, Secret secretKey, String locale,
    HttpSettings http)
    implements ProviderConfiguration {

  /** iyzico's documented sandbox. */
  public static final String SANDBOX_BASE_URL = "https://sandbox-api.iyzipay.com";
  /** iyzico's documented production API. */
  public static final String PRODUCTION_BASE_URL = "https://api.iyzipay.com";
  public static final String DEFAULT_LOCALE = "tr";

  private static final List<String> LOCALES = List.of("tr", "en");

  /** A configuration with the defaults: locale {@code tr}, {@link HttpSettings#DEFAULTS}. */
  public static IyzicoConfig of(String baseUrl, Secret apiKey, Secret secretKey) {
    return new IyzicoConfig(baseUrl, apiKey, secretKey, DEFAULT_LOCALE, HttpSettings.DEFAULTS);
  }

  /**
   * The configuration {@code providers.iyzico} describes (bound by Jackson): locale {@code tr}
   * (any letter case accepted) and the default HTTP settings when absent. Not validated: see
   * {@link #problems()}.
   */
  @JsonCreator
  public static IyzicoConfig fromConfiguration(@JsonProperty("baseUrl") String baseUrl,
      @JsonProperty("apiKey") Secret apiKey, @JsonProperty("secretKey") Secret secretKey,
      @JsonProperty("locale") String locale, @JsonProperty("http") HttpSettings http) {
    return new IyzicoConfig(baseUrl, apiKey, secretKey,
        locale == null ? DEFAULT_LOCALE : locale.trim().toLowerCase(Locale.ROOT),
        http == null ? HttpSettings.DEFAULTS : http);
  }

  public IyzicoConfig withLocale(String other) {
    return new IyzicoConfig(baseUrl, apiKey, secretKey, other, http);
  }

  public IyzicoConfig withHttp(HttpSettings other) {
    return new IyzicoConfig(baseUrl, apiKey, secretKey, locale, other);
  }

  /** Every problem at once, keyed {@code iyzico.<field>}; empty when the config is usable. */
  @Override
  public List<ConfigProblem> problems() {
    return ConfigChecks.under("iyzico")
        .include(Endpoint.problemsOf(baseUrl))
        .present(apiKey, "apiKey")
        .present(secretKey, "secretKey")
        .require(locale != null && LOCALES.contains(locale), "locale", "must be tr or en")
        .present(http, "http")
        .problems();
  }
}
