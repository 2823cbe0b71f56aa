package io.taksit.adapters.persistence.jdbc;

import io.taksit.application.contract.OutboxContract;
import io.taksit.application.contract.OutboxDeliveryProperties;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Random delivery histories against the JDBC outbox on H2. The tries share one database, emptied
 * before each, rather than creating a hundred in-memory ones.
 */
class H2OutboxProperties extends OutboxDeliveryProperties {

  private static DataSource database;

  @Override
  protected OutboxContract.Store newStore() {
    synchronized (H2OutboxProperties.class) {
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
      return new OutboxContract.Store(new JdbcPaymentRepository(database),
          new JdbcPaymentOutbox(database));
    }
  }
}
