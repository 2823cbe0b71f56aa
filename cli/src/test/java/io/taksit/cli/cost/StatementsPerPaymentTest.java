package io.taksit.cli.cost;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.taksit.adapters.persistence.jdbc.DataSources;
import io.taksit.adapters.persistence.jdbc.DatabasePassword;
import io.taksit.application.port.in.InquireBill;
import io.taksit.application.port.in.PayBill;
import io.taksit.application.port.in.QuoteFees;
import io.taksit.bootstrap.Taksit;
import io.taksit.bootstrap.runtime.RuntimeSettings;
import io.taksit.cli.TestPostgres;
import io.taksit.cli.sandbox.ReadyConfiguration;
import io.taksit.domain.bill.Bill;
import io.taksit.domain.payment.Payment;
import io.taksit.domain.payment.PaymentStatus;
import io.taksit.sandbox.ProviderSandbox;
import io.taksit.sandbox.SandboxSettings;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * What one payment asks of the database, use case by use case (inquire, quote the fee, pay),
 * over JDBC on H2 and on PostgreSQL with the runtime off: the budget of issue 14, so that a change that adds a
 * statement or a commit to the payment path fails here and says so.
 *
 * <p>If a number changes on purpose (a new write the payment needs), change the budget in the
 * same commit and say why in its message; {@code docs/benchmarks.md} lists what each one is.
 */
class StatementsPerPaymentTest {

  @TempDir
  Path directory;

  /** A database the budget is kept on, with what each use case may ask of it. */
  enum Database {
    // The bill (a payment by quote id reads no key first: its insert settles a repeated key;
    // the quote, made by this instance, is kept in memory: RecentFeeQuotes); the payment, its event and outbox entry in one transaction; after the
    // provider call, the update, the stored history counted, the attempt, the event and the
    // outbox entry in another.
    H2(new CountingDataSource.Counts(3, 9, 2, 1)),
    // The same reads; the payment with its event and outbox entry as one statement, and the
    // update with its new history as another (PostgresPaymentWrites): no transaction to commit.
    POSTGRESQL(new CountingDataSource.Counts(3, 3, 0, 3));

    final CountingDataSource.Counts payBill;

    Database(CountingDataSource.Counts payBill) {
      this.payBill = payBill;
    }

    HikariDataSource open(Path directory) {
      return this == H2 ? DataSources.embeddedH2(directory.resolve("store"))
          : DataSources.pooled(TestPostgres.fresh("statements_per_payment"), TestPostgres.USER,
              new DatabasePassword(""));
    }
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void onePaymentStaysWithinItsStatementAndCommitBudget(Database database) {
    try (ProviderSandbox sandbox = ProviderSandbox.start(SandboxSettings.defaults()
            .withGeneratedAccounts(3));
        HikariDataSource store = database.open(directory)) {
      CountingDataSource counting = new CountingDataSource(store);
      try (Taksit taksit = ReadyConfiguration.parse(sandbox.configuration(), directory).builder()
          .jdbc(counting.dataSource()).runtime(RuntimeSettings.OFF).build()) {
        // The first payment warms up what is made once (prepared statement caches, the token).
        pay(taksit, counting, "2000000001", "warm-up");
        counting.takeCounts();
        counting.takePrepared();

        Bill bill = taksit.inquireBill().inquire(
            new InquireBill.Command("momkn-362", "2000000002", Map.of())).get();
        Spent inquiry = Spent.of(counting);
        BigDecimal amount = bill.totalDue().amount();
        String quote = taksit.quoteFees().quote(new QuoteFees.Command(bill.reference().value(),
            amount, "EGP", Set.of(1))).get().id();
        Spent fees = Spent.of(counting);
        Payment paid = taksit.payBill().pay(new PayBill.Command("budget", bill.reference().value(),
            amount, "EGP", Set.of(1), quote, null)).get();
        Spent payment = Spent.of(counting);

        assertThat(paid.status()).isEqualTo(PaymentStatus.SUCCEEDED);
        // The bill, inserted (the service's input fields are kept in memory for a while:
        // RecentCatalogEntries, filled by the warm-up payment).
        inquiry.isWithin("InquireBill", new CountingDataSource.Counts(1, 1, 0, 1));
        // The bill, by reference; the quote, inserted.
        fees.isWithin("QuoteFees", new CountingDataSource.Counts(2, 2, 0, 2));
        payment.isWithin("PayBill", database.payBill);
      }
    }
  }

  /** What one use case asked of the database, and the statements it prepared. */
  private record Spent(CountingDataSource.Counts counts, java.util.List<String> statements) {
    static Spent of(CountingDataSource counting) {
      return new Spent(counting.takeCounts(), counting.takePrepared());
    }

    void isWithin(String useCase, CountingDataSource.Counts budget) {
      assertThat(counts).as("%s asks of the database %s, its budget is %s; it prepared:%n%s",
          useCase, counts, budget, String.join(System.lineSeparator(), statements))
          .isEqualTo(budget);
    }
  }

  private static void pay(Taksit taksit, CountingDataSource counting, String account,
      String key) {
    Bill bill = taksit.inquireBill().inquire(
        new InquireBill.Command("momkn-362", account, Map.of())).get();
    BigDecimal amount = bill.totalDue().amount();
    String quote = taksit.quoteFees().quote(new QuoteFees.Command(bill.reference().value(),
        amount, "EGP", Set.of(1))).get().id();
    taksit.payBill().pay(new PayBill.Command(key, bill.reference().value(), amount, "EGP",
        Set.of(1), quote, null)).get();
  }
}
