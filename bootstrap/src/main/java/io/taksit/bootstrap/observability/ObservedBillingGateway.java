package io.taksit.bootstrap.observability;

import io.taksit.application.port.out.BillingGateway;
import io.taksit.application.port.out.GatewayCapabilities;
import io.taksit.application.port.out.ReadOutcome;
import io.taksit.domain.bill.Bill;
import io.taksit.domain.bill.BillerId;
import io.taksit.domain.fee.FeeQuote;
import io.taksit.domain.payment.PaymentOutcome;
import io.taksit.domain.provider.ProviderId;
import io.vavr.control.Option;
import java.util.Objects;

/** A billing gateway whose every call is seen by an observer; the answers pass unchanged. */
public final class ObservedBillingGateway implements BillingGateway {

  private final BillingGateway gateway;
  private final ProviderCallObserver observer;

  public ObservedBillingGateway(BillingGateway gateway, ProviderCallObserver observer) {
    this.gateway = Objects.requireNonNull(gateway, "gateway");
    this.observer = Objects.requireNonNull(observer, "observer");
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
    return observer.observe(call(CallKind.INQUIRE, request.biller().id()),
        () -> gateway.inquire(request), CallOutcome::of);
  }

  @Override
  public ReadOutcome<FeeQuote> quoteFees(FeeRequest request) {
    return observer.observe(call(CallKind.QUOTE_FEES, request.biller().id()),
        () -> gateway.quoteFees(request), CallOutcome::of);
  }

  @Override
  public PaymentOutcome pay(PayRequest request) {
    return observer.observe(call(CallKind.PAY, request.biller().id()),
        () -> gateway.pay(request), CallOutcome::of);
  }

  @Override
  public PaymentOutcome checkStatus(StatusRequest request) {
    return observer.observe(call(CallKind.CHECK_STATUS, request.biller().id()),
        () -> gateway.checkStatus(request), CallOutcome::of);
  }

  private ProviderCall call(CallKind kind, BillerId biller) {
    return new ProviderCall(gateway.provider(), kind, Option.some(biller));
  }

  @Override
  public String toString() {
    return "Observed[" + gateway + "]";
  }
}
