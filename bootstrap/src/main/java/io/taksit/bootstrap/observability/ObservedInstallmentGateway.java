package io.taksit.bootstrap.observability;

import io.taksit.application.port.out.InstallmentGateway;
import io.taksit.application.port.out.ReadOutcome;
import io.taksit.domain.provider.ProviderId;
import io.vavr.control.Option;
import java.util.Objects;

/** An installment gateway whose every quote is seen by an observer; answers pass unchanged. */
public final class ObservedInstallmentGateway implements InstallmentGateway {

  private final InstallmentGateway gateway;
  private final ProviderCallObserver observer;

  public ObservedInstallmentGateway(InstallmentGateway gateway, ProviderCallObserver observer) {
    this.gateway = Objects.requireNonNull(gateway, "gateway");
    this.observer = Objects.requireNonNull(observer, "observer");
  }

  @Override
  public ProviderId provider() {
    return gateway.provider();
  }

  @Override
  public ReadOutcome<InstallmentQuote> quote(InstallmentRequest request) {
    return observer.observe(
        new ProviderCall(gateway.provider(), CallKind.QUOTE_INSTALLMENTS, Option.none()),
        () -> gateway.quote(request), CallOutcome::of);
  }

  @Override
  public String toString() {
    return "Observed[" + gateway + "]";
  }
}
