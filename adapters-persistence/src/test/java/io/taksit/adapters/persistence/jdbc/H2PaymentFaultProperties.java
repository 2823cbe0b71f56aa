package io.taksit.adapters.persistence.jdbc;

import io.taksit.application.port.out.PaymentRepository;
import io.taksit.application.usecase.PaymentFaultProperties;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Random provider faults, retries and checks against the JDBC repository over H2. The tries
 * share one database, emptied before each, rather than creating hundreds of in-memory ones.
 */
class H2PaymentFaultProperties extends PaymentFaultProperties {

  private static DataSource database;

  @Override
  protected PaymentRepository newRepository() {
    synchronized (H2PaymentFaultProperties.class) {
      if (database == null) {
        database = H2Databases.fresh();
      }
      try (Connection connection = database.getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute("DELETE FROM payment_outbox");
        statement.execute("DELETE FROM payment_events");
        statement.execute("DELETE FROM payment_attempts");
        statement.execute("DELETE FROM payments");
      } catch (SQLException e) {
        throw new IllegalStateException("could not empty the test database", e);
      }
      return new JdbcPaymentRepository(database);
    }
  }
}
