package io.taksit.cli.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * Taksit's clock in the demo: the real time, plus however far the scenario has moved it on. It
 * lets the reconciler's first check (one minute after a payment's answer was lost) fall due
 * without the demo waiting a minute; everything else still sees time pass normally.
 */
final class DemoClock extends Clock {

  private final Clock real;
  private volatile Duration ahead = Duration.ZERO;

  DemoClock(Clock real) {
    this.real = Objects.requireNonNull(real, "real");
  }

  /** Moves the clock on by {@code duration} (it never goes back). */
  void advance(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("the demo clock only moves forward");
    }
    synchronized (this) {
      ahead = ahead.plus(duration);
    }
  }

  @Override
  public Instant instant() {
    return real.instant().plus(ahead);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
