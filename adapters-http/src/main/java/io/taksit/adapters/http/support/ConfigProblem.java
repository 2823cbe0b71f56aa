package io.taksit.adapters.http.support;

import java.util.Objects;

/** One thing wrong with an adapter's configuration: the key, and the rule it breaks. */
public record ConfigProblem(String key, String rule) {

  public ConfigProblem {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(rule, "rule");
  }

  @Override
  public String toString() {
    return key + ": " + rule;
  }
}
