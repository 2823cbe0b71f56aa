package io.taksit.bootstrap.resilience;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.taksit.adapters.http.support.ConfigChecks;

/**
 * How many calls may be in flight to one provider at once ({@code providers.<id>.bulkhead}): a
 * call beyond it is refused at once, before anything is sent, instead of queueing behind a
 * provider that is slow. A payment refused so is NOT_PROCESSED: safe to retry.
 *
 * @param maxConcurrentCalls 1 to 10,000 (default 32)
 */
public record BulkheadSettings(int maxConcurrentCalls) {

  public static final BulkheadSettings DEFAULTS = new BulkheadSettings(32);

  public BulkheadSettings {
    ConfigChecks.requireNone(ConfigChecks.relative()
        .require(maxConcurrentCalls >= 1 && maxConcurrentCalls <= 10_000, "maxConcurrentCalls",
            "must be a whole number from 1 to 10000")
        .problems());
  }

  @JsonCreator
  public static BulkheadSettings fromConfiguration(
      @JsonProperty("maxConcurrentCalls") Integer maxConcurrentCalls) {
    return new BulkheadSettings(maxConcurrentCalls == null ? DEFAULTS.maxConcurrentCalls
        : maxConcurrentCalls);
  }
}
