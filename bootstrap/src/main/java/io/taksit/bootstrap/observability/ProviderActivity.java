package io.taksit.bootstrap.observability;

import io.taksit.domain.provider.ProviderId;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Each provider's last call: when, of what kind, and what it came to. Health reports read it (a
 * provider whose last call got no answer is down); it holds one entry per provider, so it never
 * grows with the traffic.
 */
public final class ProviderActivity implements ProviderCallObserver {

  /** The last call to one provider. */
  public record LastCall(Instant at, CallKind kind, CallOutcome outcome) {}

  private final Clock clock;
  private final ConcurrentMap<ProviderId, LastCall> last = new ConcurrentHashMap<>();

  public ProviderActivity(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public <T> T observe(ProviderCall call, Supplier<T> body, Function<T, CallOutcome> outcome) {
    T result;
    try {
      result = body.get();
    } catch (RuntimeException e) {
      last.put(call.provider(), new LastCall(clock.instant(), call.kind(), CallOutcome.FAILED));
      throw e;
    }
    last.put(call.provider(), new LastCall(clock.instant(), call.kind(), outcome.apply(result)));
    return result;
  }

  /** The last call to {@code provider}, if there was one since this instance started. */
  public Option<LastCall> lastCall(ProviderId provider) {
    return Option.of(last.get(provider));
  }
}
