package io.taksit.adapters.http.momkn;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.taksit.adapters.http.spi.ProviderConfiguration;
import io.taksit.adapters.http.support.ConfigChecks;
import io.taksit.adapters.http.support.ConfigProblem;
import io.taksit.adapters.http.support.Endpoint;
import io.taksit.adapters.http.support.HttpSettings;
import io.taksit.adapters.http.support.Secret;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import java.time.Duration;
import java.time.ZoneId;

/**
 * How Taksit reaches one Momkn merchant account. Check {@link #problems()} (or let
 * {@link MomknGateway#create} do it): every problem is reported at once, by key
 * ({@code momkn.accountId}, {@code momkn.baseUrl}...).
 *
 * @param baseUrl the API root, e.g. {@link #TEST_BASE_URL}; https, or http for a loopback host
 * @param accountId the merchant account of {@code POST /accounts/{accountId}/authenticate}
 * @param userName the channel user ({@code UserName})
 * @param password the channel user's password ({@code Password}), never logged
 * @param channelCategory {@code ChannelCategory} of the authentication
 * @param channelType {@code ChannelType} of the authentication
 * @param channelIdentifier {@code ChannelIdentifier}, the header of Momkn's catalog call
 * @param version {@code version} / {@code Version} of every request (default {@code "1"})
 * @param serviceListVersion {@code serviceListVersion} of every request (default {@code "0"})
 * @param pmtMethod the payment's {@code pmtMethod} (default {@code "Cash"})
 * @param zone the zone of {@code localDate} / {@code LocalDate} (default Africa/Cairo)
 * @param tokenLifetime how long a token is trusted when the answer gives no {@code expiresIn}
 *     (<b>assumed</b>; default 10 minutes)
 * @param billValidity how long after the inquiry its {@code Brn} may be paid (undocumented,
 *     <b>assumed</b>; default 15 minutes)
 * @param notProcessedCodes payment {@code Code}s that mean "never applied" (<b>assumed</b>;
 *     default {@code -13} missing data and {@code -16} no data); every other non-zero code is a
 *     decline
 * @param http timeouts and read retries
 */
public record MomknConfig(String baseUrl, String accountId, String userName, Secret password,
    String channelCategory, String channelType, String channelIdentifier, String version,
    String serviceListVersion, String pmtMethod, ZoneId zone, Duration tokenLifetime,
    Duration billValidity, Set<Integer> notProcessedCodes, HttpSettings http)
    implements ProviderConfiguration {

  /** Momkn's documented test environment. */
  public static final String TEST_BASE_URL = "https://test.momkn.org/gateway/api/v2";
  public static final String DEFAULT_VERSION = "1";
  public static final String DEFAULT_SERVICE_LIST_VERSION = "0";
  public static final String DEFAULT_PMT_METHOD = "Cash";
  public static final ZoneId DEFAULT_ZONE = ZoneId.of("Africa/Cairo");
  public static final Duration DEFAULT_TOKEN_LIFETIME = Duration.ofMinutes(10);
  public static final Duration DEFAULT_BILL_VALIDITY = Duration.ofMinutes(15);
  public static final Set<Integer> DEFAULT_NOT_PROCESSED_CODES = HashSet.of(-13, -16);

  /**
   * A configuration with every default: versions {@code "1"}/{@code "0"}, {@code pmtMethod}
   * {@code Cash}, Africa/Cairo, tokens 10 minutes, bills 15 minutes, not-processed codes
   * {@code -13}/{@code -16}, {@link HttpSettings#DEFAULTS}. Not validated: see {@link #problems()}.
   */
  public static MomknConfig of(String baseUrl, String accountId, String userName, Secret password,
      String channelCategory, String channelType, String channelIdentifier) {
    return new MomknConfig(baseUrl, accountId, userName, password, channelCategory, channelType,
        channelIdentifier, DEFAULT_VERSION, DEFAULT_SERVICE_LIST_VERSION, DEFAULT_PMT_METHOD,
        DEFAULT_ZONE, DEFAULT_TOKEN_LIFETIME, DEFAULT_BILL_VALIDITY, DEFAULT_NOT_PROCESSED_CODES,
        HttpSettings.DEFAULTS);
  }

  /**
   * The configuration {@code providers.momkn} describes (bound by Jackson): every absent
   * optional key takes the default of {@link #of}. Not validated: see {@link #problems()}.
   */
  @JsonCreator
  public static MomknConfig fromConfiguration(@JsonProperty("baseUrl") String baseUrl,
      @JsonProperty("accountId") String accountId, @JsonProperty("userName") String userName,
      @JsonProperty("password") Secret password,
      @JsonProperty("channelCategory") String channelCategory,
      @JsonProperty("channelType") String channelType,
      @JsonProperty("channelIdentifier") String channelIdentifier,
      @JsonProperty("version") String version,
      @JsonProperty("serviceListVersion") String serviceListVersion,
      @JsonProperty("pmtMethod") String pmtMethod, @JsonProperty("zone") ZoneId zone,
      @JsonProperty("tokenLifetime") Duration tokenLifetime,
      @JsonProperty("billValidity") Duration billValidity,
      @JsonProperty("notProcessedCodes") java.util.List<Integer> notProcessedCodes,
      @JsonProperty("http") HttpSettings http) {
    return new MomknConfig(baseUrl, accountId, userName, password, channelCategory, channelType,
        channelIdentifier, orElse(version, DEFAULT_VERSION),
        orElse(serviceListVersion, DEFAULT_SERVICE_LIST_VERSION),
        orElse(pmtMethod, DEFAULT_PMT_METHOD), orElse(zone, DEFAULT_ZONE),
        orElse(tokenLifetime, DEFAULT_TOKEN_LIFETIME), orElse(billValidity, DEFAULT_BILL_VALIDITY),
        notProcessedCodes == null ? DEFAULT_NOT_PROCESSED_CODES
            : notProcessedCodes.contains(null) ? null : HashSet.ofAll(notProcessedCodes),
        orElse(http, HttpSettings.DEFAULTS));
  }

  private static <T> T orElse(T value, T fallback) {
    return value == null ? fallback : value;
  }

  /** Every problem of this configuration, none when it is usable. */
  @Override
  public List<ConfigProblem> problems() {
    ConfigChecks checks = ConfigChecks.under("momkn")
        .include(Endpoint.problemsOf(baseUrl))
        .notBlank(accountId, "accountId")
        .notBlank(userName, "userName")
        .present(password, "password")
        .notBlank(channelCategory, "channelCategory")
        .notBlank(channelType, "channelType")
        .notBlank(channelIdentifier, "channelIdentifier")
        .notBlank(version, "version")
        .notBlank(serviceListVersion, "serviceListVersion")
        .notBlank(pmtMethod, "pmtMethod")
        .present(zone, "zone")
        .positive(tokenLifetime, "tokenLifetime")
        .positive(billValidity, "billValidity")
        .present(http, "http");
    if (notProcessedCodes == null) {
      checks.present(null, "notProcessedCodes");
    } else {
      checks.require(!notProcessedCodes.contains(0), "notProcessedCodes",
          "must not contain 0, Momkn's success code");
    }
    return checks.problems();
  }

  public MomknConfig withHttp(HttpSettings settings) {
    return new MomknConfig(baseUrl, accountId, userName, password, channelCategory, channelType,
        channelIdentifier, version, serviceListVersion, pmtMethod, zone, tokenLifetime,
        billValidity, notProcessedCodes, settings);
  }

  public MomknConfig withVersions(String newVersion, String newServiceListVersion) {
    return new MomknConfig(baseUrl, accountId, userName, password, channelCategory, channelType,
        channelIdentifier, newVersion, newServiceListVersion, pmtMethod, zone, tokenLifetime,
        billValidity, notProcessedCodes, http);
  }

  public MomknConfig withPmtMethod(String method) {
    return new MomknConfig(baseUrl, accountId, userName, password, channelCategory, channelType,
        channelIdentifier, version, serviceListVersion, method, zone, tokenLifetime,
        billValidity, notProcessedCodes, http);
  }

  public MomknConfig withZone(ZoneId newZone) {
    return new MomknConfig(baseUrl, accountId, userName, password, channelCategory, channelType,
        channelIdentifier, version, serviceListVersion, pmtMethod, newZone, tokenLifetime,
        billValidity, notProcessedCodes, http);
  }

  public MomknConfig withTokenLifetime(Duration lifetime) {
    return new MomknConfig(baseUrl, accountId, userName, password, channelCategory, channelType,
        channelIdentifier, version, serviceListVersion, pmtMethod, zone, lifetime, billValidity,
        notProcessedCodes, http);
  }

  public MomknConfig withBillValidity(Duration validity) {
    return new MomknConfig(baseUrl, accountId, userName, password, channelCategory, channelType,
        channelIdentifier, version, serviceListVersion, pmtMethod, zone, tokenLifetime, validity,
        notProcessedCodes, http);
  }

  public MomknConfig withNotProcessedCodes(Set<Integer> codes) {
    return new MomknConfig(baseUrl, accountId, userName, password, channelCategory, channelType,
        channelIdentifier, version, serviceListVersion, pmtMethod, zone, tokenLifetime,
        billValidity, codes, http);
  }
}
