package io.taksit.adapters.http.support;

import io.vavr.control.Option;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as the configuration writes them: {@code 500ms}, {@code 2s}, {@code 1m}, {@code 1h},
 * {@code 1d}, or ISO-8601 ({@code PT1M30S}). One parser for every key of the file, the providers'
 * sections included.
 */
public final class Durations {

  /** The rule a text that names no duration breaks. */
  public static final String RULE = "must be a duration such as 500ms, 2s, 1m, 1h or 1d";

  private static final Pattern SHORT = Pattern.compile("(\\d{1,9})(ms|s|m|h|d)");

  private Durations() {}

  /** The duration the text names, or none when it names none. */
  public static Option<Duration> parse(String text) {
    if (text == null) {
      return Option.none();
    }
    String trimmed = text.trim();
    Matcher shorthand = SHORT.matcher(trimmed);
    if (shorthand.matches()) {
      long amount = Long.parseLong(shorthand.group(1));
      return Option.some(switch (shorthand.group(2)) {
        case "ms" -> Duration.ofMillis(amount);
        case "s" -> Duration.ofSeconds(amount);
        case "m" -> Duration.ofMinutes(amount);
        case "h" -> Duration.ofHours(amount);
        default -> Duration.ofDays(amount);
      });
    }
    if (trimmed.toUpperCase(Locale.ROOT).startsWith("P")) {
      try {
        return Option.some(Duration.parse(trimmed));
      } catch (DateTimeParseException notIso) {
        return Option.none();
      }
    }
    return Option.none();
  }

  /** The shortest way to write {@code duration} back in the shorthand (for messages and docs). */
  public static String format(Duration duration) {
    long millis = duration.toMillis();
    if (millis % 86_400_000L == 0) {
      return millis / 86_400_000L + "d";
    }
    if (millis % 3_600_000L == 0) {
      return millis / 3_600_000L + "h";
    }
    if (millis % 60_000L == 0) {
      return millis / 60_000L + "m";
    }
    if (millis % 1_000L == 0) {
      return millis / 1_000L + "s";
    }
    return millis + "ms";
  }
}
