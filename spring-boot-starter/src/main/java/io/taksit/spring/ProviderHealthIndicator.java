package io.taksit.spring;

import io.taksit.bootstrap.Taksit;
import io.taksit.bootstrap.observability.ProviderActivity;
import io.taksit.bootstrap.resilience.ProviderGuard;
import io.taksit.domain.provider.ProviderId;
import java.util.Objects;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * One provider's health, from what Taksit already knows (no probe call is sent: a payment
 * provider's test call costs, and may count against limits): DOWN while its circuit breaker is
 * open or when its last call got no answer at all; UP otherwise, also before any call.
 */
public final class ProviderHealthIndicator implements HealthIndicator {

  private final ProviderId provider;
  private final ProviderGuard guard;
  private final ProviderActivity activity;

  public ProviderHealthIndicator(ProviderId provider, Taksit taksit) {
    this.provider = Objects.requireNonNull(provider, "provider");
    this.guard = taksit.providerGuards().get(provider).getOrElseThrow(
        () -> new IllegalArgumentException("no provider " + provider));
    this.activity = taksit.providerActivity();
  }

  @Override
  public Health health() {
    String breaker = guard.breakerState();
    Health.Builder health = breaker.equals("OPEN") || breaker.equals("FORCED_OPEN")
        ? Health.down() : Health.up();
    health.withDetail("breaker", breaker).withDetail("freeCallSlots", guard.freeCallSlots());
    activity.lastCall(provider).forEach(last -> {
      if (!last.outcome().answered()) {
        health.down();
      }
      health.withDetail("lastCall", java.util.Map.of("at", last.at().toString(),
          "call", last.kind().tag(), "outcome", last.outcome().tag()));
    });
    return health.build();
  }
}
