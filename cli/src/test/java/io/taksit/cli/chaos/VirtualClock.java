package io.taksit.cli.chaos;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The campaign's time, shared by Taksit, its adapters and the sandbox. It moves only when the
 * campaign moves it: a little per payment, by every {@code Retry-After} an adapter honours, and
 * by whole check delays and leases when the reconciler is to find payments due. So a day of
 * check schedule costs no wall time, and every clock in the test agrees.
 */
final class VirtualClock extends Clock {

  private final AtomicReference<Instant> now;

  VirtualClock(Instant start) {
    this.now = new AtomicReference<>(start);
  }

  void advance(Duration step) {
    if (step.isNegative()) {
      throw new IllegalArgumentException("time does not go back: " + step);
    }
    now.updateAndGet(t -> t.plus(step));
  }

  /** Moves to {@code instant} unless the clock is already past it. */
  void advanceTo(Instant instant) {
    now.updateAndGet(t -> t.isBefore(instant) ? instant : t);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return now.get();
  }
}
