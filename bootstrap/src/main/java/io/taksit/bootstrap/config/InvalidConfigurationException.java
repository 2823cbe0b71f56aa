package io.taksit.bootstrap.config;

import io.taksit.adapters.http.support.ConfigProblem;
import io.vavr.collection.List;
import java.util.Objects;

/**
 * A configuration Taksit cannot start with, and every problem found in it at once, each as
 * {@code key: rule} with the full dotted key ({@code providers.momkn.baseUrl},
 * {@code billers[0].step}). Setup, not business: hence an exception. No problem ever carries a
 * secret's value.
 */
public final class InvalidConfigurationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<ConfigProblem> problems;
  private final String source;

  public InvalidConfigurationException(String source, List<ConfigProblem> problems) {
    super(describe(source, problems));
    this.source = Objects.requireNonNull(source, "source");
    this.problems = Objects.requireNonNull(problems, "problems");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid configuration has at least one problem");
    }
  }

  /** Every problem, ordered by key. */
  public List<ConfigProblem> problems() {
    return problems == null ? List.empty() : problems;
  }

  /** The file (or text) the configuration came from. */
  public String source() {
    return source;
  }

  private static String describe(String source, List<ConfigProblem> problems) {
    return "invalid configuration " + source + " (" + problems.size()
        + (problems.size() == 1 ? " problem" : " problems") + "):"
        + problems.map(p -> System.lineSeparator() + "  " + p).mkString();
  }
}
