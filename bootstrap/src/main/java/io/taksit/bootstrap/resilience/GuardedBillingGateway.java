package io.taksit.bootstrap.resilience;

import io.taksit.adapters.http.support.NotSent;
import io.taksit.application.port.out.BillingGateway;
import io.taksit.application.port.out.GatewayCapabilities;
import io.taksit.application.port.out.ReadOutcome;
import io.taksit.domain.bill.Bill;
import io.taksit.domain.fee.FeeQuote;
import io.taksit.domain.payment.PaymentOutcome;
import io.taksit.domain.provider.ProviderId;
import java.util.Objects;

/**
 * A billing gateway behind its provider's {@link ProviderGuard}: while the provider is sick (its
 * breaker open) or busy (its bulkhead full), a payment is refused before anything is sent —
 * NOT_PROCESSED, safe to retry — instead of piling up as UNKNOWN; a status question is "not
 * asked" (it uses up no scheduled check); a read fails at once.
 */
public final class GuardedBillingGateway implements BillingGateway {

  private final BillingGateway gateway;
  private final ProviderGuard guard;

  public GuardedBillingGateway(BillingGateway gateway, ProviderGuard guard) {
    this.gateway = Objects.requireNonNull(gateway, "gateway");
    this.guard = Objects.requireNonNull(guard, "guard");
  }

  @Override
  public ProviderId provider() {
    return gateway.provider();
  }

  @Override
  public GatewayCapabilities capabilities() {
    return gateway.capabilities();
  }

  @Override
  public ReadOutcome<Bill> inquire(InquiryRequest request) {
    return guard.call(() -> gateway.inquire(request), Sickness::ofRead,
        ReadOutcome::failed);
  }

  @Override
  public ReadOutcome<FeeQuote> quoteFees(FeeRequest request) {
    return guard.call(() -> gateway.quoteFees(request), Sickness::ofRead,
        ReadOutcome::failed);
  }

  @Override
  public PaymentOutcome pay(PayRequest request) {
    return guard.call(() -> gateway.pay(request), Sickness::ofPayment, NotSent::notProcessed);
  }

  @Override
  public PaymentOutcome checkStatus(StatusRequest request) {
    return guard.call(() -> gateway.checkStatus(request), Sickness::ofStatus,
        PaymentOutcome.Unknown::notAsked);
  }

  @Override
  public String toString() {
    return "Guarded[" + gateway + ", breaker " + guard.breakerState() + "]";
  }
}
