package io.taksit.application.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OutboxSettingsTest {

  private static final OutboxSettings DEFAULTS = OutboxSettings.DEFAULTS;

  @Test
  @DisplayName("the defaults: 100 a claim, a 2 min lease, 20 attempts over about 3 h, a week kept")
  void defaults() {
    assertThat(DEFAULTS.batchSize()).isEqualTo(100);
    assertThat(DEFAULTS.lease()).isEqualTo(Duration.ofMinutes(2));
    assertThat(DEFAULTS.maxAttempts()).isEqualTo(20);
    assertThat(DEFAULTS.backoff()).isEqualTo(new Backoff(Duration.ofSeconds(5),
        Duration.ofMinutes(15)));
    assertThat(DEFAULTS.retention()).isEqualTo(Duration.ofDays(7));
    assertThat(DEFAULTS.pollInterval()).isEqualTo(Duration.ofSeconds(1));

    Duration retrying = Duration.ZERO;
    for (int failure = 1; failure < DEFAULTS.maxAttempts(); failure++) {
      retrying = retrying.plus(DEFAULTS.backoff().delayAfter(failure));
    }
    assertThat(retrying).isBetween(Duration.ofHours(3), Duration.ofHours(4));
  }

  @Test
  @DisplayName("each with… changes one setting and keeps the others")
  void withersChangeOneSetting() {
    OutboxSettings changed = DEFAULTS.withBatchSize(7).withLease(Duration.ofSeconds(9))
        .withMaxAttempts(4).withBackoff(Duration.ofSeconds(2), Duration.ofSeconds(8))
        .withRetention(Duration.ofDays(2)).withPollInterval(Duration.ofMillis(250));

    assertThat(changed).isEqualTo(new OutboxSettings(7, Duration.ofSeconds(9), 4,
        new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(8)), Duration.ofDays(2),
        Duration.ofMillis(250)));
  }

  static Stream<Arguments> outOfBounds() {
    return Stream.of(
        Arguments.of("batch size 0", (Supplier<?>) () -> DEFAULTS.withBatchSize(0)),
        Arguments.of("batch size 1001", (Supplier<?>) () -> DEFAULTS.withBatchSize(1_001)),
        Arguments.of("lease 999 ms", (Supplier<?>) () -> DEFAULTS.withLease(Duration.ofMillis(999))),
        Arguments.of("lease over 1 h", (Supplier<?>) () -> DEFAULTS.withLease(Duration.ofMinutes(61))),
        Arguments.of("no attempt", (Supplier<?>) () -> DEFAULTS.withMaxAttempts(0)),
        Arguments.of("1001 attempts", (Supplier<?>) () -> DEFAULTS.withMaxAttempts(1_001)),
        Arguments.of("zero backoff", (Supplier<?>) () -> DEFAULTS.withBackoff(Duration.ZERO,
            Duration.ofSeconds(1))),
        Arguments.of("max below base", (Supplier<?>) () -> DEFAULTS.withBackoff(
            Duration.ofSeconds(2), Duration.ofSeconds(1))),
        Arguments.of("backoff over a day", (Supplier<?>) () -> DEFAULTS.withBackoff(
            Duration.ofSeconds(1), Duration.ofHours(25))),
        Arguments.of("retention under 1 h", (Supplier<?>) () -> DEFAULTS.withRetention(
            Duration.ofMinutes(59))),
        Arguments.of("retention over 366 days", (Supplier<?>) () -> DEFAULTS.withRetention(
            Duration.ofDays(367))),
        Arguments.of("poll under 10 ms", (Supplier<?>) () -> DEFAULTS.withPollInterval(
            Duration.ofMillis(9))),
        Arguments.of("poll over 1 h", (Supplier<?>) () -> DEFAULTS.withPollInterval(
            Duration.ofMinutes(61))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("outOfBounds")
  @DisplayName("settings out of their bounds are refused")
  void outOfBoundsIsRefused(String name, Supplier<?> settings) {
    assertThatThrownBy(settings::get).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void missingDurationsAreRefused() {
    assertThatThrownBy(() -> DEFAULTS.withLease(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> DEFAULTS.withRetention(null))
        .isInstanceOf(NullPointerException.class);
  }
}
