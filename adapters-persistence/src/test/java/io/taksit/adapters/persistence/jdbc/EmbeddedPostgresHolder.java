package io.taksit.adapters.persistence.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One embedded PostgreSQL for the whole test run, migrated once; tests empty its tables.
 *
 * <p>PostgreSQL refuses to run as root; under root the library starts it in a user namespace.
 */
final class EmbeddedPostgresHolder {

  private static EmbeddedPostgres postgres;
  private static HikariDataSource pool;

  private EmbeddedPostgresHolder() {}

  static synchronized EmbeddedPostgres postgres() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      DataSources.migrate(postgres.getPostgresDatabase());
      Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresHolder::stop));
    }
    return postgres;
  }

  static String jdbcUrl() {
    return postgres().getJdbcUrl("postgres", "postgres");
  }

  /** A new pool to the shared database; the caller closes it. */
  static HikariDataSource newPool(int size) {
    return DataSources.pooled(jdbcUrl(), "postgres", new DatabasePassword(""), size);
  }

  /** The shared pool, as the tables are now. */
  static synchronized HikariDataSource postgresPool() {
    if (pool == null) {
      pool = newPool(40);
    }
    return pool;
  }

  /** The shared pool, its tables emptied: a fresh repository's database. */
  static synchronized HikariDataSource emptied() {
    postgresPool();
    try (Connection connection = pool.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("TRUNCATE payment_outbox, payment_events, payment_attempts, payments, "
          + "billers, fee_schedules, inquired_bills, fee_quotes, catalog_services, catalog_versions");
    } catch (SQLException e) {
      throw new IllegalStateException("could not empty the test database", e);
    }
    return pool;
  }

  private static synchronized void stop() {
    try {
      if (pool != null) {
        pool.close();
      }
      if (postgres != null) {
        postgres.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
