package io.taksit.adapters.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.taksit.adapters.persistence.memory.RandomIdGenerator;
import io.taksit.application.bill.FeeQuoting;
import io.taksit.application.bill.InquireBillService;
import io.taksit.application.contract.StoreSamples;
import io.taksit.application.gateway.GatewayCalls;
import io.taksit.application.gateway.GatewayRegistry;
import io.taksit.application.payment.PayBillService;
import io.taksit.application.payment.PaymentContext;
import io.taksit.application.payment.ReconcilePaymentsService;
import io.taksit.application.port.in.InquireBill;
import io.taksit.application.port.in.PayBill;
import io.taksit.application.port.in.ReconcilePayments;
import io.taksit.application.validation.CommandValidator;
import io.taksit.domain.bill.Bill;
import io.taksit.domain.bill.Biller;
import io.taksit.domain.money.Currencies;
import io.taksit.domain.money.Money;
import io.taksit.domain.payment.CheckSchedule;
import io.taksit.domain.payment.Payment;
import io.taksit.domain.payment.PaymentStatus;
import io.vavr.collection.List;
import io.vavr.control.Option;
import jakarta.validation.Validation;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * The README's "Pointing Taksit at PostgreSQL" example, compiled and run against the embedded
 * PostgreSQL so it cannot rot; only the URL, user and password differ from the README.
 */
class PostgresSetupExampleTest {

  @Test
  void aHostOnPostgresInquiresPaysAndReconciles() {
    EmbeddedPostgresHolder.emptied();
    String url = EmbeddedPostgresHolder.jdbcUrl();
    String user = "postgres";
    String password = "";
    Biller takka = StoreSamples.takka();
    ProviderStub momkn = new ProviderStub().owing(StoreSamples.oneInvoiceBill("BRN-771",
        Money.ofMinor(50_000, Currencies.EGP), Option.none()));
    GatewayRegistry gateways = GatewayRegistry.of(List.of(momkn), List.empty());
    CommandValidator validator =
        new CommandValidator(Validation.buildDefaultValidatorFactory().getValidator());
    ExecutorService gatewayThreads = Executors.newCachedThreadPool();

    // --- README: pointing Taksit at PostgreSQL ---
    HikariDataSource pool = DataSources.pooled(url, user, new DatabasePassword(password), 16);
    DataSources.migrate(pool);            // creates or upgrades the schema; a no-op when current

    JdbcBillerCatalog catalog = new JdbcBillerCatalog(pool);
    catalog.save(takka);                  // billers and fee schedules are rows every instance reads
    JdbcFeeScheduleSource schedules = new JdbcFeeScheduleSource(pool);
    JdbcInquiredBills bills = new JdbcInquiredBills(pool);
    PaymentContext context = new PaymentContext(validator, catalog, gateways,
        new GatewayCalls(gatewayThreads, Duration.ofSeconds(30)),
        new JdbcPaymentRepository(pool), events -> { }, Clock.systemUTC(), CheckSchedule.DEFAULT);
    InquireBill inquire = new InquireBillService(validator, catalog, gateways, bills);
    PayBill pay = new PayBillService(context, bills, new JdbcFeeQuotes(pool),
        new FeeQuoting(gateways, schedules), new RandomIdGenerator());
    ReconcilePayments reconcile = new ReconcilePaymentsService(context, Duration.ofMinutes(1));
    // In every instance, every minute or so:
    reconcile.reconcile(new ReconcilePayments.Command(Instant.now(), 100));
    // --- end of README example ---

    Bill bill = inquire.inquire(new InquireBill.Command("momkn-362", "01001234567", Map.of())).get();
    Payment paid = pay.pay(new PayBill.Command("order-42", bill.reference().value(),
        new BigDecimal("500.00"), "EGP", Set.of(1), null, new BigDecimal("500.00"))).get();
    assertThat(paid.status()).isEqualTo(PaymentStatus.SUCCEEDED);
    assertThat(momkn.payCalls()).isEqualTo(1);
    gatewayThreads.shutdown();
    pool.close();
  }
}
