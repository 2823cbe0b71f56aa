package io.taksit.cli.chaos;

import io.taksit.application.port.out.BillingGateway;
import io.taksit.application.port.out.GatewayCapabilities;
import io.taksit.application.port.out.InstallmentGateway;
import io.taksit.application.port.out.ReadOutcome;
import io.taksit.domain.bill.Bill;
import io.taksit.domain.fee.FeeQuote;
import io.taksit.domain.payment.PaymentOutcome;
import io.taksit.domain.provider.ProviderId;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts every call the use cases make to a provider adapter, HTTP or not: bad input must be
 * refused before any of them (the sandbox's request count says the same for the wire).
 */
final class CountingGateways {

  private final AtomicLong calls = new AtomicLong();

  long calls() {
    return calls.get();
  }

  BillingGateway billing(BillingGateway real) {
    return new BillingGateway() {
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
        calls.incrementAndGet();
        return real.inquire(request);
      }

      @Override
      public ReadOutcome<FeeQuote> quoteFees(FeeRequest request) {
        calls.incrementAndGet();
        return real.quoteFees(request);
      }

      @Override
      public PaymentOutcome pay(PayRequest request) {
        calls.incrementAndGet();
        return real.pay(request);
      }

      @Override
      public PaymentOutcome checkStatus(StatusRequest request) {
        calls.incrementAndGet();
        return real.checkStatus(request);
      }
    };
  }

  InstallmentGateway installments(InstallmentGateway real) {
    return new InstallmentGateway() {
      @Override
      public ProviderId provider() {
        return real.provider();
      }

      @Override
      public ReadOutcome<InstallmentQuote> quote(InstallmentRequest request) {
        calls.incrementAndGet();
        return real.quote(request);
      }
    };
  }
}
