package io.taksit.adapters.persistence.jdbc;

import javax.sql.DataSource;

/** Exact money round trips through the embedded PostgreSQL. */
class PostgresMoneyRoundTripProperties extends MoneyRoundTripProperties {

  @Override
  protected DataSource database() {
    // Every try writes rows under fresh ids, so the shared database is emptied only by others.
    return EmbeddedPostgresHolder.postgresPool();
  }
}
