package io.taksit.adapters.persistence.jdbc;

import io.taksit.application.port.out.BillingGateway;
import io.taksit.application.port.out.GatewayCapabilities;
import io.taksit.application.port.out.ReadOutcome;
import io.taksit.domain.bill.Bill;
import io.taksit.domain.fee.FeeQuote;
import io.taksit.domain.payment.PaymentId;
import io.taksit.domain.payment.PaymentOutcome;
import io.taksit.domain.payment.ProviderAnswer;
import io.taksit.domain.provider.ProviderId;
import io.vavr.control.Option;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one provider that every host instance of a test talks to, as Momkn would be: it answers
 * inquiries with the bills it was given, charges every payment it receives (and keeps an honest
 * ledger that does not de-duplicate), and answers status calls with the truth from that ledger.
 * A test can hook into a pay or status call to kill the host that made it, mid-call.
 */
final class ProviderStub implements BillingGateway {

  private final Map<String, Bill> billsByAccount = new ConcurrentHashMap<>();
  private final Map<PaymentId, AtomicInteger> charges = new ConcurrentHashMap<>();
  final java.util.List<PayRequest> payRequests = new CopyOnWriteArrayList<>();
  private final AtomicInteger statusCalls = new AtomicInteger();
  private volatile Runnable duringPay = () -> { };
  private volatile Runnable duringStatus = () -> { };

  /** The bill the provider answers for its account. */
  ProviderStub owing(Bill bill) {
    billsByAccount.put(bill.account().value(), bill);
    return this;
  }

  /** Runs {@code action} inside the next pay calls, after charging and before answering. */
  void duringPay(Runnable action) {
    duringPay = action;
  }

  /** Runs {@code action} inside the next status calls, before answering. */
  void duringStatus(Runnable action) {
    duringStatus = action;
  }

  @Override
  public ProviderId provider() {
    return new ProviderId("momkn");
  }

  @Override
  public GatewayCapabilities capabilities() {
    // No fee call: fees come from the biller's stored schedule.
    return new GatewayCapabilities(false, true, true);
  }

  @Override
  public ReadOutcome<Bill> inquire(InquiryRequest request) {
    Bill bill = billsByAccount.get(request.account().value());
    return bill == null
        ? new ReadOutcome.Refused<>(ProviderAnswer.of(null, "-16", "no data"), "no bill")
        : ReadOutcome.answered(bill);
  }

  @Override
  public ReadOutcome<FeeQuote> quoteFees(FeeRequest request) {
    throw new AssertionError("this provider has no fee call");
  }

  @Override
  public PaymentOutcome pay(PayRequest request) {
    payRequests.add(request);
    charges.computeIfAbsent(request.deduplicationKey(), id -> new AtomicInteger())
        .incrementAndGet();
    duringPay.run();
    return new PaymentOutcome.Approved(
        ProviderAnswer.of("ref-" + request.deduplicationKey(), "0", "OK"), "Code 0");
  }

  @Override
  public PaymentOutcome checkStatus(StatusRequest request) {
    statusCalls.incrementAndGet();
    duringStatus.run();
    return charges(request.deduplicationKey()) > 0
        ? new PaymentOutcome.Approved(ProviderAnswer.of("ref", "0", "paid"), "status: paid")
        : new PaymentOutcome.NotProcessed(ProviderAnswer.of(null, "-16", "no data"),
            "status: never received", Option.none());
  }

  int payCalls() {
    return payRequests.size();
  }

  int statusCalls() {
    return statusCalls.get();
  }

  int charges(PaymentId id) {
    AtomicInteger count = charges.get(id);
    return count == null ? 0 : count.get();
  }

  int totalCharges() {
    return charges.values().stream().mapToInt(AtomicInteger::get).sum();
  }
}
