package io.taksit.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.taksit.adapters.http.support.ConfigProblem;
import io.taksit.bootstrap.resilience.BreakerSettings;
import io.taksit.bootstrap.resilience.BulkheadSettings;
import io.taksit.bootstrap.resilience.ResilienceSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code providers.<id>.breaker} and {@code .bulkhead}: Taksit's, the same for every provider. */
class ResilienceConfigurationTest {

  private static final String TEQPAY = """
      providers:
        teqpay:
          baseUrl: https://teqpay.example.com
          apiKey: k
          secretKey: s
      """;

  private static TaksitConfig parse(String yaml) {
    return TaksitConfig.parse(yaml, ConfigFormat.YAML, Path.of("/srv"), Map.of());
  }

  @Test
  void absentSectionsKeepTheDefaults() {
    assertThat(parse(TEQPAY).providers().head().resilience())
        .isEqualTo(ResilienceSettings.DEFAULTS);
  }

  @Test
  void aProvidersSectionsAreReadBesideItsOwnKeys() {
    ResilienceSettings read = parse(TEQPAY + """
            breaker:
              failureRate: 25
              minimumCalls: 5
              openFor: 1m
            bulkhead:
              maxConcurrentCalls: "8"
        """).providers().head().resilience();
    assertThat(read.breaker()).isEqualTo(
        new BreakerSettings(25, 5, 20, Duration.ofMinutes(1), BreakerSettings.DEFAULTS.halfOpenCalls()));
    assertThat(read.bulkhead()).isEqualTo(new BulkheadSettings(8));
  }

  @Test
  void everyProblemIsReportedUnderItsFullKey() {
    InvalidConfigurationException invalid = catchThrowableOfType(
        InvalidConfigurationException.class, () -> parse(TEQPAY + """
            breaker:
              failureRate: 0
              windowSize: 3
              minimumCalls: 5
              openFor: soon
            bulkhead:
              maxConcurrentCalls: many
        """));
    assertThat(invalid.problems().map(ConfigProblem::toString)).containsExactly(
        "providers.teqpay.breaker.failureRate: must be a whole percent from 1 to 100",
        "providers.teqpay.breaker.openFor: must be a duration such as 500ms, 2s, 1m, 1h or 1d",
        "providers.teqpay.breaker.windowSize: must be a whole number from minimumCalls to 1000",
        "providers.teqpay.bulkhead.maxConcurrentCalls: must be a whole number");
    InvalidConfigurationException unknown = catchThrowableOfType(
        InvalidConfigurationException.class, () -> parse(TEQPAY + """
            breaker:
              trips: 2
        """));
    assertThat(unknown.problems().map(ConfigProblem::toString)).containsExactly(
        "providers.teqpay.breaker.trips: is not a known key (known here: failureRate,"
            + " halfOpenCalls, minimumCalls, openFor, windowSize)");
  }
}
