package io.taksit.bootstrap.resilience;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/** One provider's circuit breaker and bulkhead ({@code providers.<id>.breaker / .bulkhead}). */
public record ResilienceSettings(BreakerSettings breaker, BulkheadSettings bulkhead) {

  /** What a payments team would start with: see {@link BreakerSettings}, {@link BulkheadSettings}. */
  public static final ResilienceSettings DEFAULTS =
      new ResilienceSettings(BreakerSettings.DEFAULTS, BulkheadSettings.DEFAULTS);

  public ResilienceSettings {
    Objects.requireNonNull(breaker, "breaker");
    Objects.requireNonNull(bulkhead, "bulkhead");
  }

  /** The two sections of a provider's configuration; an absent one keeps its defaults. */
  @JsonCreator
  public static ResilienceSettings fromConfiguration(
      @JsonProperty("breaker") BreakerSettings breaker,
      @JsonProperty("bulkhead") BulkheadSettings bulkhead) {
    return new ResilienceSettings(breaker == null ? BreakerSettings.DEFAULTS : breaker,
        bulkhead == null ? BulkheadSettings.DEFAULTS : bulkhead);
  }
}
