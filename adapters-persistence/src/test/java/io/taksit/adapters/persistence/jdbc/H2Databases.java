package io.taksit.adapters.persistence.jdbc;

import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** Fresh, migrated in-memory H2 databases in PostgreSQL mode, one per call. */
final class H2Databases {

  private H2Databases() {}

  static DataSource fresh() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:taksit-" + UUID.randomUUID()
        + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
    dataSource.setUser("sa");
    dataSource.setPassword("");
    DataSources.migrate(dataSource);
    return dataSource;
  }
}
