package io.taksit.adapters.http.paywall;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.taksit.adapters.http.spi.ProviderConfiguration;
import io.taksit.adapters.http.support.ConfigChecks;
import io.taksit.adapters.http.support.ConfigProblem;
import io.taksit.adapters.http.support.Endpoint;
import io.taksit.adapters.http.support.HttpSettings;
import io.taksit.adapters.http.support.Secret;
import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * How Taksit reaches Paywall's installment inquiry. Validated by {@link #problems()}, which
 * lists every problem at once; {@link PaywallGateway#create} refuses a configuration that has any.
 *
 * @param baseUrl             Paywall's payment API base, such as {@link #TEST_BASE_URL}; https
 *                            required except for loopback hosts (a stub or the sandbox)
 * @param apiKeyPublic        header {@code apikeypublic}, the public key of the merchant panel
 * @param apiClientPublic     header {@code apiclientpublic}, the public client of the merchant panel
 * @param parametersAsHeaders send {@code currencyid}, {@code amount}, {@code binnumber},
 *                            {@code distinctduplicates}, {@code endoftheday}, {@code posid} as HTTP
 *                            headers (the official .NET SDK does; default) or, when false, as query
 *                            parameters (the documentation lists them beside the headers without
 *                            saying which): <b>assumed</b> either works, hence the switch
 * @param endOfTheDay         {@code endoftheday}: only gateways with this settlement-day ("valor")
 *                            id, 1 to 30 (1 next day, 2 = 7 days, 3 = 14, 4 = 30, 5–9 = 2–6 days,
 *                            10–15 = 8–13 days, 16–30 = 15–29 days); none sends nothing
 * @param posId               {@code posid}: only this virtual POS connection; none sends nothing
 * @param http                timeouts and read retries
 */
public record PaywallConfig(String baseUrl, Secret apiKeyPublic, Secret apiClientPublic,
    boolean parametersAsHeaders, Option<Integer> endOfTheDay, Option<Integer> posId,
    HttpSettings http)
    implements ProviderConfiguration {

  /** Paywall's documented test base. */
  public static final String TEST_BASE_URL = "https://test-payment-api.itspaywall.com/api/paywall";
  /** Paywall's documented production base. */
  public static final String PRODUCTION_BASE_URL = "https://payment-api.itspaywall.com/api/paywall";

  /** Lowest and highest {@code endoftheday} (valor) id of Paywall's table. */
  public static final int MIN_END_OF_THE_DAY = 1;
  public static final int MAX_END_OF_THE_DAY = 30;

  /** A missing option is "not configured", never a null. */
  public PaywallConfig {
    endOfTheDay = endOfTheDay == null ? Option.none() : endOfTheDay;
    posId = posId == null ? Option.none() : posId;
  }

  /**
   * A configuration with the documented defaults: parameters as headers, no settlement-day or
   * POS filter, {@link HttpSettings#DEFAULTS} (2 s to connect, 10 s to read, 3 read tries).
   */
  public static PaywallConfig of(String baseUrl, Secret apiKeyPublic, Secret apiClientPublic) {
    return new PaywallConfig(baseUrl, apiKeyPublic, apiClientPublic, true, Option.none(),
        Option.none(), HttpSettings.DEFAULTS);
  }

  /**
   * The configuration {@code providers.paywall} describes (bound by Jackson): parameters as
   * headers, no settlement-day or POS filter and the default HTTP settings when absent. Not
   * validated: see {@link #problems()}.
   */
  @JsonCreator
  public static PaywallConfig fromConfiguration(@JsonProperty("baseUrl") String baseUrl,
      @JsonProperty("apiKeyPublic") Secret apiKeyPublic,
      @JsonProperty("apiClientPublic") Secret apiClientPublic,
      @JsonProperty("parametersAsHeaders") Boolean parametersAsHeaders,
      @JsonProperty("endOfTheDay") Integer endOfTheDay, @JsonProperty("posId") Integer posId,
      @JsonProperty("http") HttpSettings http) {
    return new PaywallConfig(baseUrl, apiKeyPublic, apiClientPublic,
        parametersAsHeaders == null || parametersAsHeaders, Option.of(endOfTheDay),
        Option.of(posId), http == null ? HttpSettings.DEFAULTS : http);
  }

  public PaywallConfig withParametersAsHeaders(boolean asHeaders) {
    return new PaywallConfig(baseUrl, apiKeyPublic, apiClientPublic, asHeaders, endOfTheDay,
        posId, http);
  }

  public PaywallConfig withEndOfTheDay(int valorId) {
    return new PaywallConfig(baseUrl, apiKeyPublic, apiClientPublic, parametersAsHeaders,
        Option.some(valorId), posId, http);
  }

  public PaywallConfig withPosId(int virtualPosId) {
    return new PaywallConfig(baseUrl, apiKeyPublic, apiClientPublic, parametersAsHeaders,
        endOfTheDay, Option.some(virtualPosId), http);
  }

  public PaywallConfig withHttp(HttpSettings settings) {
    return new PaywallConfig(baseUrl, apiKeyPublic, apiClientPublic, parametersAsHeaders,
        endOfTheDay, posId, settings);
  }

  /** Every problem of this configuration, keyed {@code paywall.<field>}; none when usable. */
  @Override
  public List<ConfigProblem> problems() {
    return ConfigChecks.under("paywall")
        .include(Endpoint.problemsOf(baseUrl))
        .present(apiKeyPublic, "apiKeyPublic")
        .present(apiClientPublic, "apiClientPublic")
        .require(endOfTheDay.forAll(id -> id != null
                && id >= MIN_END_OF_THE_DAY && id <= MAX_END_OF_THE_DAY), "endOfTheDay",
            "must be a settlement-day id from 1 to 30")
        .require(posId.forAll(id -> id != null && id > 0), "posId",
            "must be a positive virtual POS id")
        .present(http, "http")
        .problems();
  }
}
