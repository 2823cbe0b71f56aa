package io.taksit.cli.chaos;

import io.taksit.application.port.out.BillingGateway;
import io.taksit.application.port.out.GatewayCapabilities;
import io.taksit.application.port.out.ReadOutcome;
import io.taksit.domain.bill.Bill;
import io.taksit.domain.fee.FeeQuote;
import io.taksit.domain.payment.PaymentOutcome;
import io.taksit.domain.provider.ProviderId;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * The real adapter, in a host that may die during a money-moving call: before the payment is
 * sent (the row is written, nothing left), after it was sent (the provider may have charged, the
 * answer is lost with the host), or after a status question was answered (the reconciler's lease
 * is left behind). Taksit calls gateways on its own threads, so the host's request thread is
 * caught waiting, as a real process's would be.
 */
final class CrashingGateway implements BillingGateway {

  private final BillingGateway real;
  private final HostLife life;

  CrashingGateway(BillingGateway real, HostLife life) {
    this.real = Objects.requireNonNull(real, "real");
    this.life = Objects.requireNonNull(life, "life");
  }

  @Override
  public ProviderId provider() {
    return real.provider();
  }

  @Override
  public GatewayCapabilities capabilities() {
    return real.capabilities();
  }

  @Override
  public ReadOutcome<Bill> inquire(InquiryRequest request) {
    life.requireAlive();
    return real.inquire(request);
  }

  @Override
  public ReadOutcome<FeeQuote> quoteFees(FeeRequest request) {
    life.requireAlive();
    return real.quoteFees(request);
  }

  @Override
  public PaymentOutcome pay(PayRequest request) {
    life.requireAlive();
    Option<CrashPoint> crash = life.dice().forPayment();
    if (crash.contains(CrashPoint.PAY_BEFORE_SEND)) {
      throw life.die(CrashPoint.PAY_BEFORE_SEND);
    }
    PaymentOutcome outcome = real.pay(request);
    if (crash.contains(CrashPoint.PAY_AFTER_SEND)) {
      throw life.die(CrashPoint.PAY_AFTER_SEND);
    }
    return outcome;
  }

  @Override
  public PaymentOutcome checkStatus(StatusRequest request) {
    life.requireAlive();
    boolean crash = life.dice().forStatus();
    PaymentOutcome answer = real.checkStatus(request);
    if (crash) {
      throw life.die(CrashPoint.STATUS_AFTER_ASK);
    }
    return answer;
  }

  @Override
  public String toString() {
    return "CrashingGateway[" + real + "]";
  }
}
