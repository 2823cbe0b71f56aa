package io.taksit.bootstrap.config;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ${NAME}} and {@code ${NAME:-default}} in configuration values, from an environment
 * given as a map (the process environment in production, a plain map in tests). {@code $${}
 * writes a literal {@code ${}. The default is used when the variable is unset or empty, as in a
 * shell. A variable's value is never put into a problem: only its name.
 */
final class EnvironmentSubstitution {

  private static final Pattern REFERENCE = Pattern.compile(
      "\\$\\$\\{|\\$\\{([A-Za-z_][A-Za-z0-9_]*)(:-([^}]*))?}");

  private final Map<String, String> environment;

  EnvironmentSubstitution(Map<String, String> environment) {
    this.environment = Map.copyOf(Objects.requireNonNull(environment, "environment"));
  }

  /**
   * {@code value} with every reference replaced, or null after reporting why not under
   * {@code key}.
   */
  String substitute(String key, String value, Problems problems) {
    if (value.indexOf('$') < 0) {
      return value;
    }
    StringBuilder result = new StringBuilder();
    Matcher matcher = REFERENCE.matcher(value);
    int from = 0;
    boolean complete = true;
    while (matcher.find()) {
      String between = value.substring(from, matcher.start());
      if (between.contains("${")) {
        problems.add(key, "has a malformed ${...} reference (write ${NAME} or ${NAME:-default})");
        return null;
      }
      result.append(between);
      if (matcher.group().equals("$${")) {
        result.append("${");
      } else {
        String name = matcher.group(1);
        String set = environment.get(name);
        if (set != null && !(set.isEmpty() && matcher.group(2) != null)) {
          result.append(set);
        } else if (matcher.group(2) != null) {
          result.append(matcher.group(3));
        } else {
          problems.add(key, "environment variable " + name + " is not set");
          complete = false;
        }
      }
      from = matcher.end();
    }
    String rest = value.substring(from);
    if (rest.contains("${")) {
      problems.add(key, "has a malformed ${...} reference (write ${NAME} or ${NAME:-default})");
      return null;
    }
    result.append(rest);
    return complete ? result.toString() : null;
  }
}
