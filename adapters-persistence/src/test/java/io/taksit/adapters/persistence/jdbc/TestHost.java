package io.taksit.adapters.persistence.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import io.taksit.application.bill.FeeQuoting;
import io.taksit.application.bill.InquireBillService;
import io.taksit.application.bill.QuoteFeesService;
import io.taksit.application.gateway.GatewayCalls;
import io.taksit.application.gateway.GatewayRegistry;
import io.taksit.application.payment.PayBillService;
import io.taksit.application.payment.PaymentContext;
import io.taksit.application.payment.ReconcilePaymentsService;
import io.taksit.application.port.out.IdGenerator;
import io.taksit.application.validation.CommandValidator;
import io.taksit.domain.payment.CheckSchedule;
import io.taksit.domain.payment.PaymentEvent;
import io.taksit.domain.payment.PaymentId;
import io.vavr.collection.List;
import jakarta.validation.Validation;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * One host instance embedding Taksit as a real host would: the application's services over the
 * JDBC stores on its own connection pool. Several of them over one database are several
 * instances of the host; closing the pool mid-call is the instance dying.
 */
final class TestHost implements AutoCloseable {

  static final Duration LEASE = Duration.ofSeconds(30);
  private static final CommandValidator VALIDATOR =
      new CommandValidator(Validation.buildDefaultValidatorFactory().getValidator());

  final HikariDataSource pool;
  final JdbcPaymentRepository payments;
  final JdbcBillerCatalog catalog;
  final JdbcFeeScheduleSource schedules;
  final JdbcInquiredBills bills;
  final JdbcFeeQuotes quotes;
  final java.util.List<PaymentEvent> published = new CopyOnWriteArrayList<>();
  final InquireBillService inquire;
  final QuoteFeesService quoteFees;
  final PayBillService pay;
  final ReconcilePaymentsService reconcile;
  private final ExecutorService gatewayThreads = Executors.newCachedThreadPool();

  TestHost(HikariDataSource pool, ProviderStub provider, Clock clock) {
    this.pool = pool;
    this.payments = new JdbcPaymentRepository(pool);
    this.catalog = new JdbcBillerCatalog(pool);
    this.schedules = new JdbcFeeScheduleSource(pool);
    this.bills = new JdbcInquiredBills(pool, clock, JdbcInquiredBills.DEFAULT_RETENTION);
    this.quotes = new JdbcFeeQuotes(pool);
    GatewayRegistry gateways = GatewayRegistry.of(List.of(provider), List.empty());
    PaymentContext context = new PaymentContext(VALIDATOR, catalog, gateways,
        new GatewayCalls(gatewayThreads, Duration.ofSeconds(10)), payments,
        events -> published.addAll(events.asJava()), clock, CheckSchedule.DEFAULT);
    FeeQuoting feeQuoting = new FeeQuoting(gateways, schedules);
    IdGenerator ids = new IdGenerator() {
      @Override public PaymentId newPaymentId() {
        return new PaymentId(UUID.randomUUID().toString());
      }

      @Override public String newQuoteId() {
        return "q-" + UUID.randomUUID().toString().replace("-", "");
      }
    };
    this.inquire = new InquireBillService(VALIDATOR, catalog, gateways, bills);
    this.quoteFees = new QuoteFeesService(VALIDATOR, catalog, bills, feeQuoting, quotes, ids,
        clock);
    this.pay = new PayBillService(context, bills, quotes, feeQuoting, ids);
    this.reconcile = new ReconcilePaymentsService(context, LEASE);
  }

  /** The host process dies: its pool goes, whatever it was doing. */
  void die() {
    pool.close();
  }

  @Override
  public void close() {
    gatewayThreads.shutdownNow();
    pool.close();
  }
}
