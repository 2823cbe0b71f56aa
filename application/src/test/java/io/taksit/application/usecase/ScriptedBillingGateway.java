package io.taksit.application.usecase;

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
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A provider whose behaviour is scripted call by call, and which keeps an honest ledger of the
 * charges it made. The ledger does NOT de-duplicate: if Taksit ever sent a second charge for a
 * payment that was already charged, the ledger shows two, which is what the tests look for.
 * Status answers tell the truth from the ledger unless scripted to be inconclusive.
 */
final class ScriptedBillingGateway implements BillingGateway {

  /** What the next pay call does. */
  enum Pay {
    /** Charges and says so. */
    APPROVE,
    /** Refuses; no charge. */
    DECLINE,
    /** Refuses before doing anything (HTTP 429); no charge. */
    NOT_PROCESSED,
    /** Charges later: accepted, the status call will say approved. */
    PENDING,
    /** Charges, then the answer is lost (timeout after sending). */
    CHARGE_THEN_LOSE_ANSWER,
    /** Never charges, but the answer is lost too (reset before the provider got it). */
    LOSE_REQUEST,
    /** The gateway throws (a bug): charged or not, nobody knows; here it charged. */
    THROW_AFTER_CHARGE,
    /** Hangs past the use case's deadline, after charging. */
    HANG_AFTER_CHARGE
  }

  /** What the next status call does. */
  enum Status { TRUTH, INCONCLUSIVE, THROW }

  static final ProviderId PROVIDER = new ProviderId("momkn");

  private final ConcurrentLinkedQueue<Pay> payScript = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<Status> statusScript = new ConcurrentLinkedQueue<>();
  private final Map<PaymentId, AtomicInteger> charges = new ConcurrentHashMap<>();
  private final AtomicInteger payCalls = new AtomicInteger();
  private final AtomicInteger retryFlags = new AtomicInteger();
  private final AtomicInteger statusCalls = new AtomicInteger();
  private final AtomicInteger feeCalls = new AtomicInteger();
  private final CountDownLatch hang = new CountDownLatch(1);
  private final GatewayCapabilities capabilities;
  private volatile Pay defaultPay = Pay.APPROVE;
  private volatile Option<FeeQuote> providerFee = Option.none();
  private volatile java.util.function.Consumer<PaymentId> beforeEachPay = id -> { };

  ScriptedBillingGateway(GatewayCapabilities capabilities) {
    this.capabilities = capabilities;
  }

  ScriptedBillingGateway script(Pay... behaviours) {
    payScript.addAll(java.util.List.of(behaviours));
    return this;
  }

  ScriptedBillingGateway scriptStatus(Status... behaviours) {
    statusScript.addAll(java.util.List.of(behaviours));
    return this;
  }

  ScriptedBillingGateway byDefault(Pay behaviour) {
    defaultPay = behaviour;
    return this;
  }

  /** Runs while each payment call is on its way, before the provider does anything. */
  ScriptedBillingGateway beforeEachPay(java.util.function.Consumer<PaymentId> look) {
    beforeEachPay = look;
    return this;
  }

  ScriptedBillingGateway answeringFee(FeeQuote quote) {
    providerFee = Option.some(quote);
    return this;
  }

  @Override
  public ProviderId provider() {
    return PROVIDER;
  }

  @Override
  public GatewayCapabilities capabilities() {
    return capabilities;
  }

  @Override
  public ReadOutcome<Bill> inquire(InquiryRequest request) {
    throw new AssertionError("payment use cases never inquire");
  }

  @Override
  public ReadOutcome<FeeQuote> quoteFees(FeeRequest request) {
    feeCalls.incrementAndGet();
    return providerFee.<ReadOutcome<FeeQuote>>map(ReadOutcome::answered)
        .getOrElse(() -> ReadOutcome.failed("no fee scripted"));
  }

  @Override
  public PaymentOutcome pay(PayRequest request) {
    payCalls.incrementAndGet();
    beforeEachPay.accept(request.deduplicationKey());
    if (request.retry()) {
      retryFlags.incrementAndGet();
    }
    Pay behaviour = next(payScript, defaultPay);
    ProviderAnswer answer = ProviderAnswer.of("ref-" + request.deduplicationKey(), "0", "OK");
    switch (behaviour) {
      case APPROVE:
        charge(request.deduplicationKey());
        return new PaymentOutcome.Approved(answer, "Code 0");
      case DECLINE:
        return new PaymentOutcome.Declined(ProviderAnswer.of(null, "311", "Yetersiz bakiye"),
            "Code 311");
      case NOT_PROCESSED:
        return new PaymentOutcome.NotProcessed(ProviderAnswer.none(), "HTTP 429",
            Option.some(Duration.ofSeconds(1)));
      case PENDING:
        charge(request.deduplicationKey());
        return new PaymentOutcome.Pending(answer, "accepted");
      case CHARGE_THEN_LOSE_ANSWER:
        charge(request.deduplicationKey());
        return new PaymentOutcome.Unknown(ProviderAnswer.none(), "read timeout after sending");
      case LOSE_REQUEST:
        return new PaymentOutcome.Unknown(ProviderAnswer.none(), "connection reset");
      case THROW_AFTER_CHARGE:
        charge(request.deduplicationKey());
        throw new IllegalStateException("gateway bug with secret token abc123");
      case HANG_AFTER_CHARGE:
        charge(request.deduplicationKey());
        awaitForever();
        return new PaymentOutcome.Approved(answer, "too late");
      default:
        throw new AssertionError(behaviour);
    }
  }

  @Override
  public PaymentOutcome checkStatus(StatusRequest request) {
    statusCalls.incrementAndGet();
    Status behaviour = next(statusScript, Status.TRUTH);
    if (behaviour == Status.THROW) {
      throw new IllegalStateException("status call bug");
    }
    if (behaviour == Status.INCONCLUSIVE) {
      return new PaymentOutcome.Unknown(ProviderAnswer.none(), "status call timed out");
    }
    return charges(request.deduplicationKey()) > 0
        ? new PaymentOutcome.Approved(ProviderAnswer.of("ref", "0", "paid"), "status: paid")
        : new PaymentOutcome.NotProcessed(ProviderAnswer.of(null, "-16", "no data"),
            "status: never received", Option.none());
  }

  int charges(PaymentId id) {
    AtomicInteger count = charges.get(id);
    return count == null ? 0 : count.get();
  }

  Map<PaymentId, AtomicInteger> ledger() {
    return charges;
  }

  int payCalls() {
    return payCalls.get();
  }

  int retryFlags() {
    return retryFlags.get();
  }

  int statusCalls() {
    return statusCalls.get();
  }

  int feeCalls() {
    return feeCalls.get();
  }

  /** Lets hanging calls finish, so test threads do not outlive the test. */
  void release() {
    hang.countDown();
  }

  private void charge(PaymentId id) {
    charges.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
  }

  private void awaitForever() {
    try {
      hang.await();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private static <T> T next(ConcurrentLinkedQueue<T> script, T fallback) {
    T scripted = script.poll();
    return scripted != null ? scripted : fallback;
  }
}
