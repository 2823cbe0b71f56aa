package io.taksit.adapters.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.taksit.application.contract.PaymentSamples;
import io.taksit.domain.payment.CheckSchedule;
import io.taksit.domain.payment.Payment;
import io.taksit.domain.payment.PaymentId;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The schema migrations: apply from empty, re-run as a no-op, store no card data, upgrade a
 * database written before the one-live-payment-per-bill guard, and one written before the
 * outbox, on H2 and on PostgreSQL.
 */
class MigrationTest {

  private static final String TAKSIT = "classpath:io/taksit/db/migration";

  @Test
  void aDatabaseMigratedIntoFlywaysDefaultHistoryKeepsItsDataAndGetsTaksitsOwnTable()
      throws SQLException {
    DataSource dataSource = emptyDatabase();
    Flyway.configure().dataSource(dataSource).locations(TAKSIT).target("4").load().migrate();

    DataSources.migrate(dataSource);

    Flyway taksit = Flyway.configure().dataSource(dataSource).locations(TAKSIT)
        .table(DataSources.HISTORY).load();
    assertThat(taksit.info().applied()).hasSizeGreaterThanOrEqualTo(4);
    assertThat(taksit.info().pending()).isEmpty();
    assertThat(tables(dataSource)).doesNotContain("flyway_schema_history");
  }

  @Test
  void aHostsOwnFlywayHistoryIsLeftAlone() throws SQLException {
    DataSource dataSource = emptyDatabase();
    try (Connection connection = dataSource.getConnection();
         Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE \"flyway_schema_history\" (\"version\" VARCHAR(50),"
          + " \"script\" VARCHAR(1000))");
      statement.execute("INSERT INTO \"flyway_schema_history\" VALUES ('1', 'V1__hosts_orders.sql')");
    }

    DataSources.migrate(dataSource);

    assertThat(tables(dataSource)).contains("flyway_schema_history", "taksit_schema_history");
    try (Connection connection = dataSource.getConnection();
         Statement statement = connection.createStatement();
         ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\"")) {
      rows.next();
      assertThat(rows.getInt(1)).as("the host's history, untouched").isEqualTo(1);
    }
  }

  @Test
  void thePerPaymentLookupsAreServedByIndexes() throws SQLException {
    DataSource dataSource = emptyDatabase();
    DataSources.migrate(dataSource);
    Map<String, String> plans = new LinkedHashMap<>();
    plans.put("payments_bill_idx", "WHERE biller_id = 'b' AND bill_reference = 'r'");
    plans.put("payments_account_idx", "WHERE biller_id = 'b' AND account = 'a'");
    plans.put("payments_status_idx", "WHERE status = 'UNKNOWN'");
    for (Map.Entry<String, String> lookup : plans.entrySet()) {
      try (Connection connection = dataSource.getConnection();
           Statement statement = connection.createStatement();
           ResultSet plan = statement.executeQuery("EXPLAIN SELECT id FROM payments "
               + lookup.getValue() + " ORDER BY created_at DESC LIMIT 10")) {
        plan.next();
        assertThat(plan.getString(1).toLowerCase(Locale.ROOT)).as(lookup.getValue())
            .contains(lookup.getKey());
      }
    }
  }

  private static List<String> tables(DataSource dataSource) throws SQLException {
    List<String> names = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
         ResultSet rows = connection.getMetaData().getTables(null, null, "%",
             new String[] {"TABLE"})) {
      while (rows.next()) {
        names.add(rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
      }
    }
    return names;
  }

  @Test
  void appliesFromEmptyAndReRunsAsNoOp() {
    DataSource dataSource = emptyDatabase();

    DataSources.migrate(dataSource);
    DataSources.migrate(dataSource);

    Flyway flyway = Flyway.configure().dataSource(dataSource).locations(TAKSIT)
        .table(DataSources.HISTORY).load();
    assertThat(flyway.info().applied()).hasSize(6);
    assertThat(flyway.info().pending()).isEmpty();
    assertThat(flyway.migrate().migrationsExecuted).isZero();
  }

  @Test
  void createsThePaymentAndStoreTables() throws SQLException {
    DataSource dataSource = emptyDatabase();
    DataSources.migrate(dataSource);

    assertThat(columns(dataSource)).contains("payments.idempotency_key",
        "payments.lease_until", "payments.live_bill", "payment_attempts.provider_reference",
        "payment_events.seq", "billers.amount_step", "fee_schedules.tiers",
        "inquired_bills.invoices", "inquired_bills.expires_at", "fee_quotes.total",
        "payment_outbox.seq", "payment_outbox.next_attempt_at", "payment_outbox.lease_until",
        "payment_outbox.last_error", "catalog_services.input_fields",
        "catalog_services.account_field", "catalog_versions.version");
  }

  @Test
  void noColumnCouldHoldACardNumber() throws SQLException {
    DataSource dataSource = emptyDatabase();
    DataSources.migrate(dataSource);

    List<String> columns = columns(dataSource);
    assertThat(columns).hasSizeGreaterThan(60);
    assertThat(columns).noneMatch(column -> column.substring(column.indexOf('.') + 1)
        .contains("card"));
    assertThat(columns).noneMatch(column -> column.substring(column.indexOf('.') + 1)
        .contains("pan"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void upgradeKeepsTheOldestLivePaymentOfABillAndLetsDuplicatesBe(String database)
      throws SQLException {
    DataSource dataSource = database.equals("h2") ? emptyDatabase() : emptyPostgresDatabase();
    Flyway.configure().dataSource(dataSource).locations(TAKSIT).table(DataSources.HISTORY).target("1")
        .load().migrate();
    // Written before the guard: two instances raced two keys past the application's check.
    insertV1Payment(dataSource, "p-1", "BRN-1", "DECLINED", 0);
    insertV1Payment(dataSource, "p-2", "BRN-1", "SUCCEEDED", 1);
    insertV1Payment(dataSource, "p-3", "BRN-1", "UNKNOWN", 2);
    insertV1Payment(dataSource, "p-4", "BRN-2", "PENDING", 0);

    DataSources.migrate(dataSource);

    assertThat(liveBills(dataSource)).containsExactly(Map.entry("p-1", "-"),
        Map.entry("p-2", "momkn-362|BRN-1"), Map.entry("p-3", "-"),
        Map.entry("p-4", "momkn-362|BRN-2"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void eventsStoredBeforeTheOutboxDoNotHoldBackLaterOnes(String database) throws SQLException {
    DataSource dataSource = database.equals("h2") ? emptyDatabase() : emptyPostgresDatabase();
    Flyway.configure().dataSource(dataSource).locations(TAKSIT).table(DataSources.HISTORY).target("2")
        .load().migrate();
    insertV1Payment(dataSource, "p-1", "BRN-1", "PENDING", 0);
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("INSERT INTO payment_events (payment_id, seq, type, at, status) "
          + "VALUES ('p-1', 1, 'CREATED', TIMESTAMP '2026-11-21 10:00:00', 'CREATED')");
      statement.execute("UPDATE payments SET event_count = 1 WHERE id = 'p-1'");
    }

    DataSources.migrate(dataSource);
    JdbcPaymentRepository payments = new JdbcPaymentRepository(dataSource);
    JdbcPaymentOutbox outbox = new JdbcPaymentOutbox(dataSource);
    Instant at = Instant.parse("2026-11-21T10:05:00Z");
    assertThat(outbox.counts().pending()).as("no entry for the old event").isZero();
    Payment old = payments.findById(new PaymentId("p-1")).get();
    assertThat(payments.update(old.recordStatusAnswer(PaymentSamples.pending(), at,
        CheckSchedule.DEFAULT).get()).isRight()).isTrue();

    assertThat(outbox.claimDue(at, 10, Duration.ofSeconds(30), "relay"))
        .extracting(entry -> entry.id().value()).containsExactly("p-1:2");
  }

  private static void insertV1Payment(DataSource dataSource, String id, String reference,
      String status, int minute) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement("INSERT INTO payments (id, "
            + "idempotency_key, request_fingerprint, biller_id, provider_id, account, "
            + "bill_reference, amount, currency, invoices, status, status_checks, attempt_count, "
            + "event_count, version, created_at, updated_at) VALUES (?, ?, 'f', 'momkn-362', "
            + "'momkn', '0100', ?, 500.00, 'EGP', '1', ?, 0, 0, 0, 0, ?, ?)")) {
      LocalDateTime at = LocalDateTime.of(2026, 11, 21, 10, minute);
      insert.setString(1, id);
      insert.setString(2, "key-" + id);
      insert.setString(3, reference);
      insert.setString(4, status);
      insert.setObject(5, at);
      insert.setObject(6, at);
      insert.executeUpdate();
    }
  }

  private static Map<String, String> liveBills(DataSource dataSource) throws SQLException {
    Map<String, String> live = new LinkedHashMap<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(
            "SELECT id, live_bill FROM payments ORDER BY id");
        ResultSet rs = select.executeQuery()) {
      while (rs.next()) {
        live.put(rs.getString(1), rs.getString(2) == null ? "-" : rs.getString(2));
      }
    }
    return live;
  }

  private static List<String> columns(DataSource dataSource) throws SQLException {
    List<String> columns = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement("SELECT table_name, column_name "
            + "FROM information_schema.columns WHERE lower(table_schema) = 'public'");
        ResultSet rs = select.executeQuery()) {
      while (rs.next()) {
        columns.add((rs.getString(1) + "." + rs.getString(2)).toLowerCase(Locale.ROOT));
      }
    }
    return columns;
  }

  private static DataSource emptyDatabase() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:migration-" + UUID.randomUUID()
        + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
    dataSource.setUser("sa");
    dataSource.setPassword("");
    return dataSource;
  }

  /** A new, empty database in the shared embedded PostgreSQL, beside the tests' own. */
  private static DataSource emptyPostgresDatabase() throws SQLException {
    EmbeddedPostgres postgres = EmbeddedPostgresHolder.postgres();
    String name = "migration_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    }
    return postgres.getDatabase("postgres", name);
  }
}
