package io.taksit.adapters.http.support;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import java.time.Duration;
import java.util.Objects;

/**
 * Timeouts and read retries of one provider. Defaults are short (2 s to connect, 10 s to read) so
 * that a provider in trouble turns into a typed outcome quickly instead of tying up threads; a
 * read timeout may be set per {@link CallKind} (payments often deserve longer than inquiries).
 */
public record HttpSettings(Duration connectTimeout, Duration readTimeout,
    Map<CallKind, Duration> readTimeoutByKind, RetryPolicy readRetries) {

  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(2);
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(10);

  public static final HttpSettings DEFAULTS = new HttpSettings(DEFAULT_CONNECT_TIMEOUT,
      DEFAULT_READ_TIMEOUT, HashMap.empty(), RetryPolicy.DEFAULT);

  public HttpSettings {
    Objects.requireNonNull(readTimeoutByKind, "readTimeoutByKind");
    Objects.requireNonNull(readRetries, "readRetries");
    ConfigChecks.requireNone(problemsOf(connectTimeout, readTimeout, readTimeoutByKind));
  }

  /**
   * The settings a configuration's {@code http} section describes: {@code connectTimeout},
   * {@code readTimeout}, {@code readTimeouts.<kind>} and {@code readRetries}; an absent key keeps
   * its default.
   *
   * @throws ConfigProblemsException keyed as the section's keys
   */
  @JsonCreator
  public static HttpSettings fromConfiguration(
      @JsonProperty("connectTimeout") Duration connectTimeout,
      @JsonProperty("readTimeout") Duration readTimeout,
      @JsonProperty("readTimeouts") ReadTimeouts readTimeouts,
      @JsonProperty("readRetries") RetryPolicy readRetries) {
    return new HttpSettings(
        connectTimeout == null ? DEFAULT_CONNECT_TIMEOUT : connectTimeout,
        readTimeout == null ? DEFAULT_READ_TIMEOUT : readTimeout,
        readTimeouts == null ? HashMap.empty() : readTimeouts.byKind(),
        readRetries == null ? RetryPolicy.DEFAULT : readRetries);
  }

  static List<ConfigProblem> problemsOf(Duration connect, Duration read,
      Map<CallKind, Duration> byKind) {
    ConfigChecks checks = ConfigChecks.relative()
        .positive(connect, "connectTimeout")
        .positive(read, "readTimeout");
    byKind.forEach((kind, timeout) -> checks.positive(timeout, "readTimeouts." + ReadTimeouts.key(kind)));
    return checks.problems();
  }

  /** The {@code readTimeouts} section: a read timeout per kind of call, each optional. */
  public record ReadTimeouts(Duration authentication, Duration inquiry, Duration fees,
      Duration payment, Duration status, Duration installments) {

    /** The timeouts given, by kind of call. */
    public Map<CallKind, Duration> byKind() {
      Map<CallKind, Duration> byKind = HashMap.empty();
      for (CallKind kind : CallKind.values()) {
        Duration timeout = of(kind);
        if (timeout != null) {
          byKind = byKind.put(kind, timeout);
        }
      }
      return byKind;
    }

    private Duration of(CallKind kind) {
      return switch (kind) {
        case AUTHENTICATION -> authentication;
        case INQUIRY -> inquiry;
        case FEES -> fees;
        case PAYMENT -> payment;
        case STATUS -> status;
        case INSTALLMENTS -> installments;
      };
    }

    /** The configuration key of a kind of call: {@code payment}, {@code installments}. */
    static String key(CallKind kind) {
      return kind.name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** The read timeout of one kind of call. */
  public Duration readTimeout(CallKind kind) {
    return readTimeoutByKind.get(kind).getOrElse(readTimeout);
  }

  public HttpSettings withTimeouts(Duration connect, Duration read) {
    return new HttpSettings(connect, read, readTimeoutByKind, readRetries);
  }

  public HttpSettings withReadTimeout(CallKind kind, Duration timeout) {
    return new HttpSettings(connectTimeout, readTimeout, readTimeoutByKind.put(kind, timeout),
        readRetries);
  }

  public HttpSettings withReadRetries(RetryPolicy policy) {
    return new HttpSettings(connectTimeout, readTimeout, readTimeoutByKind, policy);
  }
}
