package io.taksit.domain.payment;

import io.taksit.domain.error.InputError;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;

/**
 * When to ask a provider again about a payment whose outcome is not known yet (Kill Bill's janitor
 * schedule). The n-th delay applies after the n-th inconclusive look; when the delays run out the
 * payment is flagged for review instead of being checked forever.
 */
public record CheckSchedule(List<Duration> delays) {

  /** 1 minute, 5 minutes, 1 hour, 1 day, 1 day; then review. */
  public static final CheckSchedule DEFAULT = new CheckSchedule(List.of(
      Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofHours(1), Duration.ofDays(1),
      Duration.ofDays(1)));

  public CheckSchedule {
    if (delays == null || delays.isEmpty() || delays.exists(d -> d.isNegative() || d.isZero())) {
      throw new IllegalArgumentException("use CheckSchedule.of for untrusted input");
    }
  }

  public static Either<InputError, CheckSchedule> of(List<Duration> delays) {
    if (delays == null || delays.isEmpty()) {
      return Either.left(new InputError.Missing("checkSchedule"));
    }
    if (delays.exists(d -> d == null || d.isNegative() || d.isZero())) {
      return Either.left(new InputError.OutOfRange("checkSchedule", "delays must all be positive"));
    }
    return Either.right(new CheckSchedule(delays));
  }

  /**
   * When to look next after {@code looksSoFar} inconclusive looks (0 = right after the payment
   * call), or none when the schedule is exhausted.
   */
  public Option<Instant> nextAfter(int looksSoFar, Instant now) {
    return looksSoFar < delays.size() ? Option.some(now.plus(delays.get(looksSoFar))) : Option.none();
  }

  /**
   * The same schedule with its first look no sooner than {@code atLeast}. For a payment whose call
   * is still on its way: a look before the provider has received the request finds nothing and
   * would call a payment that is about to be charged not processed.
   */
  public CheckSchedule firstLookNoSoonerThan(Duration atLeast) {
    Duration first = delays.head();
    return atLeast == null || first.compareTo(atLeast) >= 0
        ? this
        : new CheckSchedule(delays.update(0, atLeast));
  }

  /** How many status checks the schedule allows before review. */
  public int maxChecks() {
    return delays.size();
  }
}
