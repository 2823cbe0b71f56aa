package io.taksit.adapters.http.support;

import io.vavr.collection.List;
import java.util.Objects;

/**
 * A configuration value that cannot be built, with every problem it has, keyed relative to the
 * value itself ({@code connectTimeout}, {@code readTimeouts.payment}). Thrown by constructors and
 * by the Jackson creators of configuration parts, so that the configuration loader can report each
 * problem under its full key; a setup error, hence an exception.
 */
public final class ConfigProblemsException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient List<ConfigProblem> problems;

  public ConfigProblemsException(List<ConfigProblem> problems) {
    super("invalid configuration: " + Objects.requireNonNull(problems, "problems").mkString("; "));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid configuration has at least one problem");
    }
    this.problems = problems;
  }

  /** Every problem, keyed relative to the value that was being built. */
  public List<ConfigProblem> problems() {
    return problems == null ? List.empty() : problems;
  }
}
