package io.taksit.application.usecase;

import io.taksit.application.bill.FeeQuoting;
import io.taksit.application.contract.MovableClock;
import io.taksit.application.bill.QuoteFeesService;
import io.taksit.application.gateway.GatewayCalls;
import io.taksit.application.gateway.GatewayRegistry;
import io.taksit.application.payment.CheckPaymentStatusService;
import io.taksit.application.payment.PayBillService;
import io.taksit.application.payment.PaymentContext;
import io.taksit.application.payment.ReconcilePaymentsService;
import io.taksit.application.payment.RetryPaymentService;
import io.taksit.application.port.in.PayBill;
import io.taksit.application.port.out.BillerCatalog;
import io.taksit.application.port.out.FeeQuotes;
import io.taksit.application.port.out.GatewayCapabilities;
import io.taksit.application.port.out.IdGenerator;
import io.taksit.application.port.out.InquiredBills;
import io.taksit.application.port.out.PaymentRepository;
import io.taksit.application.validation.CommandValidator;
import io.taksit.domain.amount.AmountRule;
import io.taksit.domain.amount.StepAnchor;
import io.taksit.domain.bill.AccountRef;
import io.taksit.domain.bill.Bill;
import io.taksit.domain.bill.BillReference;
import io.taksit.domain.bill.Biller;
import io.taksit.domain.bill.BillerId;
import io.taksit.domain.bill.Invoice;
import io.taksit.domain.bill.InvoiceSelection;
import io.taksit.domain.bill.PaymentMode;
import io.taksit.domain.bill.PaymentPolicy;
import io.taksit.domain.money.Currencies;
import io.taksit.domain.money.Money;
import io.taksit.domain.payment.CheckSchedule;
import io.taksit.domain.payment.PaymentEvent;
import io.taksit.domain.payment.PaymentId;
import io.taksit.domain.provider.ProviderId;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;
import jakarta.validation.Validation;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The payment use cases wired over a repository under test, a scripted Momkn gateway for Takka
 * service 362 (500 EGP installments, step 5, FIXED, one invoice) and a clock the test moves.
 */
final class UseCaseFixture implements AutoCloseable {

  static final Instant START = Instant.parse("2026-11-21T10:00:00Z");
  static final CommandValidator VALIDATOR =
      new CommandValidator(Validation.buildDefaultValidatorFactory().getValidator());

  final ScriptedBillingGateway gateway;
  final PaymentRepository payments;
  final MovableClock clock = new MovableClock(START);
  final java.util.List<PaymentEvent> published = new CopyOnWriteArrayList<>();
  final Biller biller = takka362();
  final PayBillService pay;
  final RetryPaymentService retry;
  final CheckPaymentStatusService check;
  final ReconcilePaymentsService reconcile;
  final QuoteFeesService quoteFees;

  private final ConcurrentHashMap<BillReference, Bill> bills = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, FeeQuotes.QuotedFee> quotes = new ConcurrentHashMap<>();
  private final ExecutorService executor = Executors.newCachedThreadPool(daemon());

  UseCaseFixture(PaymentRepository payments, GatewayCapabilities capabilities, Duration deadline) {
    this(payments, capabilities, deadline, CheckSchedule.DEFAULT);
  }

  UseCaseFixture(PaymentRepository payments, GatewayCapabilities capabilities, Duration deadline,
      CheckSchedule schedule) {
    this.payments = payments;
    this.gateway = new ScriptedBillingGateway(capabilities);
    BillerCatalog catalog = new BillerCatalog() {
      @Override public Option<Biller> find(BillerId id) {
        return Option.of(biller).filter(b -> b.id().equals(id));
      }
      @Override public List<Biller> all() { return List.of(biller); }
    };
    InquiredBills inquired = new InquiredBills() {
      @Override public void remember(Bill bill) { bills.put(bill.reference(), bill); }
      @Override public Option<Bill> find(BillReference reference) { return Option.of(bills.get(reference)); }
      @Override public int pruneStale(Instant now) { return 0; }
    };
    FeeQuotes feeQuotes = new FeeQuotes() {
      @Override public void remember(QuotedFee quote) { quotes.put(quote.id(), quote); }
      @Override public Option<QuotedFee> find(String quoteId) { return Option.of(quotes.get(quoteId)); }
      @Override public int pruneStale(Instant now) { return 0; }
    };
    AtomicLong sequence = new AtomicLong();
    IdGenerator ids = new IdGenerator() {
      @Override public PaymentId newPaymentId() { return new PaymentId("p-" + sequence.incrementAndGet()); }
      @Override public String newQuoteId() { return "q-" + sequence.incrementAndGet(); }
    };
    GatewayRegistry registry = GatewayRegistry.of(List.of(gateway), List.empty());
    PaymentContext context = new PaymentContext(VALIDATOR, catalog, registry,
        new GatewayCalls(executor, deadline), payments, e -> published.addAll(e.asJava()), clock,
        schedule);
    FeeQuoting feeQuoting = new FeeQuoting(registry, id -> Option.none());
    this.pay = new PayBillService(context, inquired, feeQuotes, feeQuoting, ids);
    this.retry = new RetryPaymentService(context, pay);
    this.check = new CheckPaymentStatusService(context);
    this.reconcile = new ReconcilePaymentsService(context, Duration.ofSeconds(30));
    this.quoteFees = new QuoteFeesService(VALIDATOR, catalog, inquired, feeQuoting, feeQuotes, ids, clock);
  }

  static GatewayCapabilities allCapabilities() {
    return new GatewayCapabilities(false, true, true);
  }

  /** An inquired Takka bill of one 500 EGP installment, remembered as if InquireBill ran. */
  Bill bill(String reference) {
    Bill bill = Bill.of(biller.id(), AccountRef.of("01001234567").get(),
        BillReference.of(reference).get(), Option.some("Ahmed"), HashMap.empty(),
        List.of(Invoice.of(1, egp("500")).get()), egp("500"), Option.none()).get();
    bills.put(bill.reference(), bill);
    return bill;
  }

  /** Forgets every remembered bill and fee quote, as housekeeping does once they are stale. */
  void forgetBillsAndQuotes() {
    bills.clear();
    quotes.clear();
  }

  PayBill.Command payCommand(String key, String billReference) {
    return new PayBill.Command(key, billReference, new BigDecimal("500.00"), "EGP", Set.of(1),
        null, new BigDecimal("500"));
  }

  static Money egp(String amount) {
    return Money.of(new BigDecimal(amount), Currencies.EGP).get();
  }

  private static Biller takka362() {
    AmountRule rule = AmountRule.of(egp("1"), egp("1000000000"), egp("5"), StepAnchor.ZERO).get();
    return Biller.of(BillerId.of("momkn-362").get(), "Takka installments", new ProviderId("momkn"), "362",
        Currencies.EGP, rule, new PaymentPolicy(PaymentMode.FIXED, InvoiceSelection.ONE, true),
        true, true).get();
  }

  private static java.util.concurrent.ThreadFactory daemon() {
    return runnable -> {
      Thread thread = new Thread(runnable, "gateway-call");
      thread.setDaemon(true);
      return thread;
    };
  }

  @Override
  public void close() {
    gateway.release();
    executor.shutdownNow();
  }
}
