package io.taksit.bootstrap.resilience;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.taksit.domain.provider.ProviderId;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * One provider's circuit breaker and bulkhead (Resilience4j), shared by every gateway of that
 * provider. A call is refused before anything is sent when the bulkhead is full or the breaker
 * is open; otherwise it runs, and its outcome, not an exception, says whether the provider looked
 * sick. A refusal says why, naming the provider.
 */
public final class ProviderGuard {

  private final ProviderId provider;
  private final CircuitBreaker breaker;
  private final Bulkhead bulkhead;
  /** Calls refused before sending (bulkhead full or breaker open), for metrics. */
  private final java.util.concurrent.atomic.AtomicLong refusedCount =
      new java.util.concurrent.atomic.AtomicLong();

  /** @param clock the host's time: how long an open breaker stays open is measured on it */
  public ProviderGuard(ProviderId provider, ResilienceSettings settings, java.time.Clock clock) {
    this.provider = Objects.requireNonNull(provider, "provider");
    BreakerSettings b = settings.breaker();
    this.breaker = CircuitBreaker.of("taksit-" + provider.value(), CircuitBreakerConfig.custom()
        .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
        .slidingWindowSize(b.windowSize())
        .minimumNumberOfCalls(b.minimumCalls())
        .failureRateThreshold(b.failureRate())
        .waitDurationInOpenState(b.openFor())
        .permittedNumberOfCallsInHalfOpenState(b.halfOpenCalls())
        .automaticTransitionFromOpenToHalfOpenEnabled(false)
        .clock(Objects.requireNonNull(clock, "clock"))
        .build());
    this.bulkhead = Bulkhead.of("taksit-" + provider.value(), BulkheadConfig.custom()
        .maxConcurrentCalls(settings.bulkhead().maxConcurrentCalls())
        .maxWaitDuration(Duration.ZERO)
        .build());
  }

  /**
   * The call's result, or {@code refused}'s when the bulkhead is full or the breaker open.
   *
   * @param sick whether a result shows the provider unreachable or broken (a failure)
   * @param refused the result that stands for "not sent", given why
   */
  public <T> T call(Supplier<T> call, Predicate<T> sick, Function<String, T> refused) {
    if (!bulkhead.tryAcquirePermission()) {
      refusedCount.incrementAndGet();
      return refused.apply("not sent: " + provider + " already has "
          + bulkhead.getBulkheadConfig().getMaxConcurrentCalls() + " calls in flight (bulkhead)");
    }
    try {
      if (!breaker.tryAcquirePermission()) {
        refusedCount.incrementAndGet();
        return refused.apply("not sent: the circuit breaker of " + provider + " is "
            + breaker.getState().name().toLowerCase(java.util.Locale.ROOT)
            + " after repeated failures; it tries again after "
            + breaker.getCircuitBreakerConfig().getWaitIntervalFunctionInOpenState().apply(1)
            + " ms");
      }
      long start = breaker.getCurrentTimestamp();
      T result;
      try {
        result = call.get();
      } catch (RuntimeException broken) {
        breaker.onError(breaker.getCurrentTimestamp() - start, breaker.getTimestampUnit(), broken);
        throw broken;
      }
      long took = breaker.getCurrentTimestamp() - start;
      if (sick.test(result)) {
        breaker.onError(took, breaker.getTimestampUnit(), new ProviderLooksSick(provider));
      } else {
        breaker.onSuccess(took, breaker.getTimestampUnit());
      }
      return result;
    } finally {
      bulkhead.onComplete();
    }
  }

  /** CLOSED, OPEN, HALF_OPEN... (for health reports and tests). */
  public String breakerState() {
    return breaker.getState().name();
  }

  /** Calls refused before sending since this guard was made: bulkhead full or breaker open. */
  public long refusedCalls() {
    return refusedCount.get();
  }

  /** Calls that may still start now. */
  public int freeCallSlots() {
    return bulkhead.getMetrics().getAvailableConcurrentCalls();
  }

  /** What the breaker records for an answer that showed the provider sick; never thrown. */
  private static final class ProviderLooksSick extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ProviderLooksSick(ProviderId provider) {
      super(provider + " answered like a sick provider", null, false, false);
    }
  }

}
