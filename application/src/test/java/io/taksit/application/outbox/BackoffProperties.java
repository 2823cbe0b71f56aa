package io.taksit.application.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** The backoff doubles from its base after each failure and never exceeds its max. */
class BackoffProperties {

  @Property
  void doublesFromTheBaseUpToTheMax(@ForAll @LongRange(min = 1, max = 3_600_000) long baseMillis,
      @ForAll @IntRange(min = 0, max = 40) int doublingsToMax,
      @ForAll @IntRange(min = 1, max = 1_000) int failures) {
    Duration base = Duration.ofMillis(baseMillis);
    Duration max = base.multipliedBy(1L << Math.min(doublingsToMax, 20)).plusMillis(doublingsToMax);
    Backoff backoff = new Backoff(base, max);

    BigInteger doubled = BigInteger.valueOf(baseMillis).shiftLeft(failures - 1);
    BigInteger expected = doubled.min(BigInteger.valueOf(max.toMillis()));
    assertThat(backoff.delayAfter(failures).toMillis()).isEqualTo(expected.longValueExact());
  }

  @Property
  void neverShrinksAsFailuresGrow(@ForAll @IntRange(min = 1, max = 999) int failures) {
    Backoff backoff = OutboxSettings.DEFAULTS.backoff();

    assertThat(backoff.delayAfter(failures + 1)).isGreaterThanOrEqualTo(
        backoff.delayAfter(failures));
    assertThat(backoff.delayAfter(failures)).isBetween(backoff.base(), backoff.max());
  }

  @Property(tries = 10)
  void aFailureCountBelowOneIsAProgrammingError(@ForAll @IntRange(min = -5, max = 0) int failures) {
    assertThatThrownBy(() -> OutboxSettings.DEFAULTS.backoff().delayAfter(failures))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
