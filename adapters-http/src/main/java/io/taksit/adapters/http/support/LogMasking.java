package io.taksit.adapters.http.support;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes secrets and card numbers from text bound for a log, an exception or an outcome message:
 * credential headers, credential fields in JSON and form bodies, bearer tokens, and any run of
 * 13–19 digits, which is shown as its BIN and last four ({@code 454360******1234}).
 */
public final class LogMasking {

  /** Header and field names whose values are credentials, compared without case. */
  private static final String SECRET_NAMES = "authorization|apikeypublic|apiclientpublic"
      + "|apikeyprivate|apiclientprivate|apikey|secretkey|client_secret|password|token"
      + "|access_token|refresh_token|x-api-key";

  private static final Pattern HEADER_LINE = Pattern.compile(
      "(?im)^((?:\\[[^\\]]*]\\s*)?\\s*(?:" + SECRET_NAMES + "))\\s*:\\s*.*$");
  private static final Pattern JSON_FIELD = Pattern.compile(
      "(?i)(\"(?:" + SECRET_NAMES + ")\"\\s*:\\s*)(\"(?:[^\"\\\\]|\\\\.)*\"|[^,}\\s]+)");
  private static final Pattern FORM_FIELD = Pattern.compile(
      "(?i)(\\b(?:" + SECRET_NAMES + ")=)[^&\\s]*");
  private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)[A-Za-z0-9._~+/=-]+");
  private static final Pattern CARD_NUMBER = Pattern.compile("(?<![0-9])[0-9]{13,19}(?![0-9])");

  private static final String HIDDEN = "****";

  private LogMasking() {}

  public static String mask(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String masked = HEADER_LINE.matcher(text).replaceAll("$1: " + HIDDEN);
    masked = JSON_FIELD.matcher(masked).replaceAll("$1\"" + HIDDEN + "\"");
    masked = FORM_FIELD.matcher(masked).replaceAll("$1" + HIDDEN);
    masked = BEARER.matcher(masked).replaceAll("$1" + HIDDEN);
    return maskCards(masked);
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
