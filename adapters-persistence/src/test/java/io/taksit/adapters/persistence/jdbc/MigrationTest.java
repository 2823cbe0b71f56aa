package io.taksit.adapters.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The schema migration: applies from empty, re-runs as a no-op, stores no card data. */
class MigrationTest {

  @Test
  void appliesFromEmptyAndReRunsAsNoOp() {
    DataSource dataSource = emptyDatabase();

    DataSources.migrate(dataSource);
    DataSources.migrate(dataSource);

    Flyway flyway = Flyway.configure().dataSource(dataSource).load();
    assertThat(flyway.info().applied()).hasSize(1);
    assertThat(flyway.info().pending()).isEmpty();
    assertThat(flyway.migrate().migrationsExecuted).isZero();
  }

  @Test
  void createsThePaymentTables() throws SQLException {
    DataSource dataSource = emptyDatabase();
    DataSources.migrate(dataSource);

    assertThat(columns(dataSource)).contains("payments.idempotency_key",
        "payments.lease_until", "payment_attempts.provider_reference", "payment_events.seq");
  }

  @Test
  void noColumnCouldHoldACardNumber() throws SQLException {
    DataSource dataSource = emptyDatabase();
    DataSources.migrate(dataSource);

    List<String> columns = columns(dataSource);
    assertThat(columns).isNotEmpty();
    assertThat(columns).noneMatch(column -> column.substring(column.indexOf('.') + 1)
        .contains("card"));
    assertThat(columns).noneMatch(column -> column.substring(column.indexOf('.') + 1)
        .contains("pan"));
  }

  private static List<String> columns(DataSource dataSource) throws SQLException {
    List<String> columns = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement("SELECT table_name, column_name "
            + "FROM information_schema.columns WHERE lower(table_name) LIKE 'payment%'");
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
}
