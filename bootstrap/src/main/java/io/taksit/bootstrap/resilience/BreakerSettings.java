package io.taksit.bootstrap.resilience;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.taksit.adapters.http.support.ConfigChecks;
import java.time.Duration;

/**
 * When a provider counts as sick ({@code providers.<id>.breaker}): over the last
 * {@code windowSize} calls (once at least {@code minimumCalls} were made), a share of
 * {@code failureRate} % or more that found no provider (no connection, 5xx, timeouts, unreadable
 * answers) opens the breaker for {@code openFor}; then {@code halfOpenCalls} trial calls decide
 * whether it closes again. A business refusal (declined, invalid input, throttled) is an answer,
 * never a failure.
 *
 * @param failureRate   percent of failed calls that opens the breaker, 1 to 100 (default 50)
 * @param minimumCalls  calls before the rate counts, 1 to 1000 (default 10)
 * @param windowSize    calls the rate is taken over, at least {@code minimumCalls} (default 20)
 * @param openFor       how long an open breaker refuses before trying again (default 30s)
 * @param halfOpenCalls trial calls of a half-open breaker, 1 to 100 (default 3)
 */
public record BreakerSettings(int failureRate, int minimumCalls, int windowSize, Duration openFor,
    int halfOpenCalls) {

  public static final BreakerSettings DEFAULTS =
      new BreakerSettings(50, 10, 20, Duration.ofSeconds(30), 3);

  public BreakerSettings {
    ConfigChecks.requireNone(ConfigChecks.relative()
        .require(failureRate >= 1 && failureRate <= 100, "failureRate",
            "must be a whole percent from 1 to 100")
        .require(minimumCalls >= 1 && minimumCalls <= 1000, "minimumCalls",
            "must be a whole number from 1 to 1000")
        .require(windowSize >= minimumCalls && windowSize <= 1000, "windowSize",
            "must be a whole number from minimumCalls to 1000")
        .positive(openFor, "openFor")
        .require(halfOpenCalls >= 1 && halfOpenCalls <= 100, "halfOpenCalls",
            "must be a whole number from 1 to 100")
        .problems());
  }

  /** The section as configured; an absent key keeps its default. */
  @JsonCreator
  public static BreakerSettings fromConfiguration(@JsonProperty("failureRate") Integer failureRate,
      @JsonProperty("minimumCalls") Integer minimumCalls,
      @JsonProperty("windowSize") Integer windowSize,
      @JsonProperty("openFor") Duration openFor,
      @JsonProperty("halfOpenCalls") Integer halfOpenCalls) {
    return new BreakerSettings(
        failureRate == null ? DEFAULTS.failureRate : failureRate,
        minimumCalls == null ? DEFAULTS.minimumCalls : minimumCalls,
        windowSize == null ? Math.max(DEFAULTS.windowSize,
            minimumCalls == null ? 0 : minimumCalls) : windowSize,
        openFor == null ? DEFAULTS.openFor : openFor,
        halfOpenCalls == null ? DEFAULTS.halfOpenCalls : halfOpenCalls);
  }
}
