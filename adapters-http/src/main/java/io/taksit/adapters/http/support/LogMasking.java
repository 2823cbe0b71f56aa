package io.taksit.adapters.http.support;

import io.taksit.adapters.http.spi.ProviderPlugins;
import io.vavr.collection.HashSet;
import io.vavr.collection.Set;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes secrets and card numbers from text bound for a log, an exception or an outcome message:
 * credential headers, credential fields in JSON and form bodies, bearer tokens, and any run of
 * 13–19 digits, which is shown as its BIN and last four ({@code 454360******1234}).
 *
 * <p>The credential names are the common ones ({@link #COMMON_SECRET_NAMES}) and every name an
 * installed provider declares ({@code ProviderPlugin.secretNames()}), so a provider whose key
 * travels in a header of its own ({@code X-Merchant-Key}) is masked as soon as it is installed.
 */
public final class LogMasking {

  /** Header and field names whose values are credentials whoever the provider, without case. */
  public static final Set<String> COMMON_SECRET_NAMES = HashSet.of("authorization", "password",
      "token", "access_token", "refresh_token", "client_secret", "x-api-key", "apikey", "api_key",
      "secretkey", "secret_key", "signature");

  private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)[A-Za-z0-9._~+/=-]+");
  private static final Pattern CARD_NUMBER = Pattern.compile("(?<![0-9])[0-9]{13,19}(?![0-9])");

  private static final String HIDDEN = "****";

  private final Pattern headerLine;
  private final Pattern jsonField;
  private final Pattern formField;

  private LogMasking(Set<String> secretNames) {
    String names = secretNames.toList().sorted().map(Pattern::quote).mkString("|");
    headerLine = Pattern.compile(
        "(?im)^((?:\\[[^\\]]*]\\s*)?\\s*(?:" + names + "))\\s*:\\s*.*$");
    jsonField = Pattern.compile(
        "(?i)(\"(?:" + names + ")\"\\s*:\\s*)(\"(?:[^\"\\\\]|\\\\.)*\"|[^,}\\s]+)");
    formField = Pattern.compile("(?i)(\\b(?:" + names + ")=)[^&\\s]*");
  }

  /** A masking of the common names and {@code secretNames} (for a provider's own tests). */
  public static LogMasking of(Set<String> secretNames) {
    return new LogMasking(COMMON_SECRET_NAMES.addAll(secretNames.map(n -> n.toLowerCase(Locale.ROOT))));
  }

  /** {@code text} masked with the common names and every installed provider's. */
  public static String mask(String text) {
    return Installed.MASKING.apply(text);
  }

  /** {@code text} with every credential and card number of it hidden. */
  public String apply(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String masked = headerLine.matcher(text).replaceAll("$1: " + HIDDEN);
    masked = jsonField.matcher(masked).replaceAll("$1\"" + HIDDEN + "\"");
    masked = formField.matcher(masked).replaceAll("$1" + HIDDEN);
    masked = BEARER.matcher(masked).replaceAll("$1" + HIDDEN);
    return maskCards(masked);
  }

  /** Built on first use, when every provider of the class path can be found. */
  private static final class Installed {
    static final LogMasking MASKING = of(ProviderPlugins.secretNames());
  }

  private static String maskCards(String text) {
    Matcher digits = CARD_NUMBER.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (digits.find()) {
      String pan = digits.group();
      digits.appendReplacement(out, pan.substring(0, 6) + "*".repeat(pan.length() - 10)
          + pan.substring(pan.length() - 4));
    }
    digits.appendTail(out);
    return out.toString();
  }
}
