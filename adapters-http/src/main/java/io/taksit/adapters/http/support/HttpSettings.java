package io.taksit.adapters.http.support;

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

  static List<ConfigProblem> problemsOf(Duration connect, Duration read,
      Map<CallKind, Duration> byKind) {
    ConfigChecks checks = ConfigChecks.under("http")
        .positive(connect, "connectTimeout")
        .positive(read, "readTimeout");
    byKind.forEach((kind, timeout) -> checks.positive(timeout, "readTimeout." + kind.name().toLowerCase()));
    return checks.problems();
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
