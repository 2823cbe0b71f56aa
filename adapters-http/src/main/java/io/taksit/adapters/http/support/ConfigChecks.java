package io.taksit.adapters.http.support;

import io.vavr.collection.List;
import java.time.Duration;

/**
 * Collects every problem of a configuration instead of stopping at the first, so an operator
 * fixes a file once. Adapter configuration records expose {@code problems()} built with it, and
 * their gateways refuse to start while any remain.
 */
public final class ConfigChecks {

  private List<ConfigProblem> problems = List.empty();
  private final String prefix;

  private ConfigChecks(String prefix) {
    this.prefix = prefix;
  }

  /** Checks under a key prefix such as {@code momkn}. */
  public static ConfigChecks under(String prefix) {
    return new ConfigChecks(java.util.Objects.requireNonNull(prefix, "prefix") + ".");
  }

  /** Checks keyed relative to the value being checked (for {@link ConfigProblemsException}). */
  public static ConfigChecks relative() {
    return new ConfigChecks("");
  }

  public ConfigChecks require(boolean holds, String key, String rule) {
    if (!holds) {
      problems = problems.append(new ConfigProblem(prefix + key, rule));
    }
    return this;
  }

  public ConfigChecks present(Object value, String key) {
    return require(value != null, key, "is required");
  }

  public ConfigChecks notBlank(String value, String key) {
    return require(value != null && !value.isBlank(), key, "must not be blank");
  }

  public ConfigChecks positive(Duration value, String key) {
    return value == null
        ? present(null, key)
        : require(!value.isNegative() && !value.isZero(), key, "must be a positive duration");
  }

  /** Adds problems found by a nested part ({@link Endpoint}, {@link HttpSettings}). */
  public ConfigChecks include(List<ConfigProblem> nested) {
    problems = problems.appendAll(nested.map(p -> new ConfigProblem(prefix + p.key(), p.rule())));
    return this;
  }

  public List<ConfigProblem> problems() {
    return problems;
  }

  /**
   * Fails setup with every problem listed.
   *
   * @throws ConfigProblemsException (an {@code IllegalArgumentException}) when any was found
   */
  public static void requireNone(List<ConfigProblem> problems) {
    if (!problems.isEmpty()) {
      throw new ConfigProblemsException(problems);
    }
  }
}
