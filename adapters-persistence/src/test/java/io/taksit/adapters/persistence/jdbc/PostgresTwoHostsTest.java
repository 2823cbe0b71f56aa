package io.taksit.adapters.persistence.jdbc;

import com.zaxxer.hikari.HikariDataSource;

/** Host instances sharing the embedded PostgreSQL, each with its own pool. */
class PostgresTwoHostsTest extends TwoHostsScenarios {

  @Override
  protected void freshDatabase() {
    EmbeddedPostgresHolder.emptied();
  }

  @Override
  protected HikariDataSource newPool() {
    return EmbeddedPostgresHolder.newPool(4);
  }
}
