package io.taksit.cli.chaos;

import io.vavr.control.Option;
import java.util.SplittableRandom;

/**
 * Decides, call by call, whether the host dies: seeded, so that a one-host run crashes at the
 * same calls every time. Shared by all hosts of a campaign; thread-safe.
 */
final class CrashDice {

  private final SplittableRandom random;
  private final double payRate;
  private final double statusRate;

  CrashDice(long seed, double payRate, double statusRate) {
    this.random = new SplittableRandom(seed ^ 0x5DEECE66DL);
    this.payRate = payRate;
    this.statusRate = statusRate;
  }

  /** Whether and where a payment call crashes its host: before or after sending, evenly. */
  synchronized Option<CrashPoint> forPayment() {
    if (random.nextDouble() >= payRate) {
      return Option.none();
    }
    return Option.some(random.nextBoolean() ? CrashPoint.PAY_BEFORE_SEND : CrashPoint.PAY_AFTER_SEND);
  }

  /** Whether a status call crashes its host after asking. */
  synchronized boolean forStatus() {
    return random.nextDouble() < statusRate;
  }
}
