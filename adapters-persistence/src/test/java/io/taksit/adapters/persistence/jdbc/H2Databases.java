package io.taksit.adapters.persistence.jdbc;

import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** Fresh, migrated in-memory H2 databases in PostgreSQL mode, one per call. */
final class H2Databases {

  private H2Databases() {}

  static DataSource fresh() {
    DataSource dataSource = at(freshUrl());
    DataSources.migrate(dataSource);
    return dataSource;
  }

  /** The URL of a new in-memory database, kept until the JVM ends; not migrated. */
  static String freshUrl() {
    return "jdbc:h2:mem:taksit-" + UUID.randomUUID()
        + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
  }

  /** Unpooled connections to the database at {@code url}. */
  static DataSource at(String url) {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL(url);
    dataSource.setUser("sa");
    dataSource.setPassword("");
    return dataSource;
  }
}
