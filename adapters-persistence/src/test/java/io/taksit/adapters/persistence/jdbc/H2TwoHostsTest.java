package io.taksit.adapters.persistence.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import java.util.UUID;

/** Host instances sharing one H2 database (in memory, PostgreSQL mode), each with its own pool. */
class H2TwoHostsTest extends TwoHostsScenarios {

  private String url;

  @Override
  protected void freshDatabase() {
    url = "jdbc:h2:mem:hosts-" + UUID.randomUUID()
        + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
    try (HikariDataSource migrator = newPool()) {
      DataSources.migrate(migrator);
    }
  }

  @Override
  protected HikariDataSource newPool() {
    return DataSources.pooled(url, "sa", new DatabasePassword(""));
  }
}
