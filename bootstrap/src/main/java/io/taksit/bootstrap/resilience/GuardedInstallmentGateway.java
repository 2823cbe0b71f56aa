package io.taksit.bootstrap.resilience;

import io.taksit.application.port.out.InstallmentGateway;
import io.taksit.application.port.out.ReadOutcome;
import io.taksit.domain.provider.ProviderId;
import java.util.Objects;

/** An installment gateway behind its provider's {@link ProviderGuard}: a quote fails at once. */
public final class GuardedInstallmentGateway implements InstallmentGateway {

  private final InstallmentGateway gateway;
  private final ProviderGuard guard;

  public GuardedInstallmentGateway(InstallmentGateway gateway, ProviderGuard guard) {
    this.gateway = Objects.requireNonNull(gateway, "gateway");
    this.guard = Objects.requireNonNull(guard, "guard");
  }

  @Override
  public ProviderId provider() {
    return gateway.provider();
  }

  @Override
  public ReadOutcome<InstallmentQuote> quote(InstallmentRequest request) {
    return guard.call(() -> gateway.quote(request), Sickness::ofRead,
        ReadOutcome::failed);
  }

  @Override
  public String toString() {
    return "Guarded[" + gateway + ", breaker " + guard.breakerState() + "]";
  }
}
