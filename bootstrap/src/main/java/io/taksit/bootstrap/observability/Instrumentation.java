package io.taksit.bootstrap.observability;

import io.taksit.application.port.out.PaymentOutbox;
import io.taksit.application.port.out.PaymentRepository;
import io.taksit.bootstrap.resilience.ProviderGuard;
import io.taksit.domain.provider.ProviderId;
import io.vavr.collection.Map;
import java.time.Clock;
import java.util.concurrent.ExecutorService;

/**
 * How one Taksit instance is instrumented: {@link #NONE} when the host gave no registry (no
 * Micrometer class is ever loaded then), or Micrometer's meters and observations.
 */
public interface Instrumentation {

  /** The use case as the host sees it: observed, or itself. */
  <T> T observed(Class<T> port, T useCase);

  /** {@code inner} with this instrumentation's view of provider calls around it. */
  ProviderCallObserver around(ProviderCallObserver inner);

  /** The executor provider calls run on, carrying the caller's trace context when observed. */
  ExecutorService handingOver(ExecutorService gatewayThreads);

  /** The gauges over stored work and breakers, once the stores are made. */
  void bind(Map<ProviderId, ProviderGuard> guards, PaymentRepository payments,
      PaymentOutbox outbox, Clock clock);

  Instrumentation NONE = new Instrumentation() {
    @Override
    public <T> T observed(Class<T> port, T useCase) {
      return useCase;
    }

    @Override
    public ProviderCallObserver around(ProviderCallObserver inner) {
      return inner;
    }

    @Override
    public ExecutorService handingOver(ExecutorService gatewayThreads) {
      return gatewayThreads;
    }

    @Override
    public void bind(Map<ProviderId, ProviderGuard> guards, PaymentRepository payments,
        PaymentOutbox outbox, Clock clock) {}
  };

  /**
   * Meters in {@code meters} (a {@code MeterRegistry}) and observations in {@code observations}
   * (an {@code ObservationRegistry}); either may be null. Typed Object, and made in
   * {@link MicrometerInstrumentation}: the JVM verifies this interface whenever Taksit is built,
   * and a Micrometer type in its code would make it load Micrometer then, present or not.
   */
  static Instrumentation micrometer(Object meters, Object observations) {
    return MicrometerInstrumentation.of(meters, observations);
  }
}
