package io.taksit.adapters.http.support;

import io.vavr.control.Option;
import io.vavr.control.Try;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Map;

/**
 * Reads HTTP's {@code Retry-After}: delta-seconds ({@code 120}) or an HTTP-date
 * ({@code Wed, 21 Oct 2026 07:28:00 GMT}). Anything unreadable counts as absent; a date in the
 * past is a wait of zero.
 */
public final class RetryAfter {

  private static final String HEADER = "retry-after";

  private RetryAfter() {}

  public static Option<Duration> parse(String value, Clock clock) {
    if (value == null || value.isBlank()) {
      return Option.none();
    }
    String trimmed = value.trim();
    if (trimmed.matches("\\d{1,9}")) {
      return Option.some(Duration.ofSeconds(Long.parseLong(trimmed)));
    }
    return Try.of(() -> ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME))
        .map(at -> Duration.between(clock.instant(), at.toInstant()))
        .map(wait -> wait.isNegative() ? Duration.ZERO : wait)
        .toOption();
  }

  /** The header from a response's headers, whatever their case. */
  public static Option<Duration> fromHeaders(Map<String, Collection<String>> headers, Clock clock) {
    if (headers == null) {
      return Option.none();
    }
    return Option.ofOptional(headers.entrySet().stream()
            .filter(e -> e.getKey() != null && e.getKey().equalsIgnoreCase(HEADER))
            .flatMap(e -> e.getValue().stream())
            .findFirst())
        .flatMap(value -> parse(value, clock));
  }
}
