package io.taksit.adapters.persistence.jdbc;

import io.taksit.application.contract.OutboxContract;
import io.taksit.application.contract.OutboxDeliveryProperties;
import javax.sql.DataSource;

/** Random delivery histories against the JDBC outbox on the embedded PostgreSQL. */
class PostgresOutboxProperties extends OutboxDeliveryProperties {

  @Override
  protected OutboxContract.Store newStore() {
    DataSource database = EmbeddedPostgresHolder.emptied();
    return new OutboxContract.Store(new JdbcPaymentRepository(database),
        new JdbcPaymentOutbox(database));
  }
}
