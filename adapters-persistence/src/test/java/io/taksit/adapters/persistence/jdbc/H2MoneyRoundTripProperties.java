package io.taksit.adapters.persistence.jdbc;

import javax.sql.DataSource;

/** Exact money round trips through H2 in PostgreSQL mode. */
class H2MoneyRoundTripProperties extends MoneyRoundTripProperties {

  private static DataSource database;

  @Override
  protected DataSource database() {
    synchronized (H2MoneyRoundTripProperties.class) {
      if (database == null) {
        database = H2Databases.fresh();
      }
      return database;
    }
  }
}
