package io.taksit.adapters.http.support;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.vavr.collection.List;
import java.time.Duration;

/**
 * How reads are repeated: at most {@code maxTries} calls, waiting what the provider's
 * {@code Retry-After} asks (or {@code backoff} when it says nothing), never more than
 * {@code maxTotalWait} in all. A provider asking for a longer wait gets an answer of "failed,
 * retry after" instead of a caller blocked for minutes.
 */
public record RetryPolicy(int maxTries, Duration backoff, Duration maxTotalWait) {

  /** 3 tries, 200 ms between them unless told otherwise, 5 s of waiting at most. */
  public static final RetryPolicy DEFAULT =
      new RetryPolicy(3, Duration.ofMillis(200), Duration.ofSeconds(5));

  /** One call, no repetition. */
  public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO);

  public RetryPolicy {
    ConfigChecks.requireNone(problemsOf(maxTries, backoff, maxTotalWait));
  }

  /**
   * The policy a configuration's {@code readRetries} section describes; an absent key keeps
   * {@link #DEFAULT}'s value.
   *
   * @throws ConfigProblemsException keyed {@code maxTries}, {@code backoff}, {@code maxTotalWait}
   */
  @JsonCreator
  public static RetryPolicy fromConfiguration(@JsonProperty("maxTries") Integer maxTries,
      @JsonProperty("backoff") Duration backoff,
      @JsonProperty("maxTotalWait") Duration maxTotalWait) {
    return new RetryPolicy(maxTries == null ? DEFAULT.maxTries : maxTries,
        backoff == null ? DEFAULT.backoff : backoff,
        maxTotalWait == null ? DEFAULT.maxTotalWait : maxTotalWait);
  }

  static List<ConfigProblem> problemsOf(int maxTries, Duration backoff, Duration maxTotalWait) {
    return ConfigChecks.relative()
        .require(maxTries >= 1 && maxTries <= 10, "maxTries",
            "must be a whole number from 1 to 10")
        .require(backoff != null && !backoff.isNegative(), "backoff", "must be zero or positive")
        .require(maxTotalWait != null && !maxTotalWait.isNegative(), "maxTotalWait",
            "must be zero or positive")
        .problems();
  }
}
