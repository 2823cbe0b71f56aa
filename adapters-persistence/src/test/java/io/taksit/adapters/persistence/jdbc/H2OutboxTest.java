package io.taksit.adapters.persistence.jdbc;

import io.taksit.application.contract.OutboxContract;
import javax.sql.DataSource;

/**
 * The JDBC outbox on H2 in PostgreSQL mode keeps the outbox contract; a second instance opens
 * its own connections to the same in-memory database.
 */
class H2OutboxTest extends OutboxContract {

  private String url;

  @Override
  protected Store newStore() {
    url = H2Databases.freshUrl();
    DataSource database = H2Databases.at(url);
    DataSources.migrate(database);
    return new Store(new JdbcPaymentRepository(database), new JdbcPaymentOutbox(database));
  }

  @Override
  protected Store secondInstance(Store store) {
    DataSource database = H2Databases.at(url);
    return new Store(new JdbcPaymentRepository(database), new JdbcPaymentOutbox(database));
  }
}
