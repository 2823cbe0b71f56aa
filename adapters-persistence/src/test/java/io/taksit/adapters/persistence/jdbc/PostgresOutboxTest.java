package io.taksit.adapters.persistence.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import io.taksit.application.contract.OutboxContract;
import javax.sql.DataSource;

/**
 * The JDBC outbox on the embedded PostgreSQL keeps the outbox contract; a second instance has
 * its own connection pool, as another host process would.
 */
class PostgresOutboxTest extends OutboxContract {

  private HikariDataSource secondPool;

  @Override
  protected Store newStore() {
    DataSource database = EmbeddedPostgresHolder.emptied();
    return new Store(new JdbcPaymentRepository(database), new JdbcPaymentOutbox(database));
  }

  @Override
  protected Store secondInstance(Store store) {
    if (secondPool == null) {
      secondPool = EmbeddedPostgresHolder.newPool(4);
    }
    return new Store(new JdbcPaymentRepository(secondPool), new JdbcPaymentOutbox(secondPool));
  }

  @Override
  protected void closeStores() {
    if (secondPool != null) {
      secondPool.close();
      secondPool = null;
    }
  }
}
