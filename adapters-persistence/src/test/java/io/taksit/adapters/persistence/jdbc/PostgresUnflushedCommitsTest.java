package io.taksit.adapters.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.taksit.application.contract.StoreSamples;
import io.taksit.domain.money.Currencies;
import io.taksit.domain.money.Money;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bills and quotes commit on PostgreSQL without waiting for the WAL flush, each for its own
 * statement only: the pooled connection keeps the setting it had, so a payment written on it
 * next still waits for its flush.
 */
class PostgresUnflushedCommitsTest {

  private HikariDataSource oneConnection;

  @BeforeEach
  void openOneConnectionThatWaitsForFlushes() throws SQLException {
    EmbeddedPostgresHolder.emptied();
    oneConnection = EmbeddedPostgresHolder.newPool(1);
    // The embedded server starts with synchronous_commit off; a production one has it on.
    execute("SET synchronous_commit = on");
  }

  @AfterEach
  void close() {
    oneConnection.close();
  }

  @Test
  void rememberingABillOrAQuoteLeavesTheConnectionWaitingForFlushes() throws SQLException {
    JdbcInquiredBills bills = new JdbcInquiredBills(oneConnection,
        Clock.fixed(StoreSamples.T0, ZoneOffset.UTC), JdbcInquiredBills.DEFAULT_RETENTION);
    JdbcFeeQuotes quotes = new JdbcFeeQuotes(oneConnection);

    bills.remember(StoreSamples.fullBill("BRN-1"));
    bills.remember(StoreSamples.fullBill("BRN-1"));
    quotes.remember(StoreSamples.providerQuote("q-1", "BRN-1", Money.ofMinor(10_000, Currencies.EGP)));
    quotes.remember(StoreSamples.providerQuote("q-1", "BRN-1", Money.ofMinor(20_000, Currencies.EGP)));

    assertThat(setting()).isEqualTo("on");
    assertThat(bills.find(StoreSamples.fullBill("BRN-1").reference())).hasSize(1);
    assertThat(quotes.find("q-1").get().quote().amount())
        .isEqualTo(Money.ofMinor(20_000, Currencies.EGP));
  }

  @Test
  void everyWriteOfABillOrAQuoteAsksNotToWaitAndNoPaymentWriteDoes() {
    StatementRecorder prepared = new StatementRecorder();
    javax.sql.DataSource recording = prepared.around(oneConnection);
    new JdbcInquiredBills(recording, Clock.fixed(StoreSamples.T0, ZoneOffset.UTC),
        JdbcInquiredBills.DEFAULT_RETENTION).remember(StoreSamples.fullBill("BRN-2"));
    new JdbcFeeQuotes(recording).remember(
        StoreSamples.providerQuote("q-2", "BRN-2", Money.ofMinor(10_000, Currencies.EGP)));
    new JdbcFeeQuotes(recording).remember(
        StoreSamples.providerQuote("q-2", "BRN-2", Money.ofMinor(20_000, Currencies.EGP)));
    java.util.List<String> writes = prepared.take();

    new JdbcPaymentRepository(recording)
        .saveNew(new io.taksit.application.contract.PaymentSamples().created());
    java.util.List<String> paymentWrites = prepared.take();

    // The bill's insert, the quote's insert, then its insert refused and its update.
    assertThat(writes).hasSize(4)
        .allSatisfy(sql -> assertThat(sql).endsWith(SqlSupport.WITHOUT_WAITING_FOR_THE_FLUSH));
    assertThat(paymentWrites).isNotEmpty()
        .noneSatisfy(sql -> assertThat(sql).contains("synchronous_commit"));
  }

  private void execute(String sql) throws SQLException {
    try (Connection connection = oneConnection.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private String setting() throws SQLException {
    try (Connection connection = oneConnection.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SHOW synchronous_commit")) {
      rs.next();
      return rs.getString(1);
    }
  }
}
