package io.taksit.adapters.persistence.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Connection pools for the JDBC repository, and the schema migration. */
public final class DataSources {

  private static final String MIGRATIONS = "classpath:db/migration";

  private DataSources() {}

  /** The pool size of {@link #pooled(String, String, DatabasePassword)}. */
  public static final int DEFAULT_POOL_SIZE = 10;

  /** A HikariCP pool of {@link #DEFAULT_POOL_SIZE} connections to {@code jdbcUrl}. */
  public static HikariDataSource pooled(String jdbcUrl, String user, DatabasePassword password) {
    return pooled(jdbcUrl, user, password, DEFAULT_POOL_SIZE);
  }

  /**
   * A HikariCP pool of at most {@code maximumPoolSize} connections to {@code jdbcUrl}; close it
   * when the host stops. Taksit holds a connection for one statement or transaction at a time,
   * never across a provider call, so the size bounds concurrent database work, not concurrent
   * payments.
   */
  public static HikariDataSource pooled(String jdbcUrl, String user, DatabasePassword password,
      int maximumPoolSize) {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    if (maximumPoolSize < 1) {
      throw new IllegalArgumentException("maximumPoolSize must be positive, was "
          + maximumPoolSize);
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    config.setUsername(user);
    config.setPassword(password.value());
    config.setMaximumPoolSize(maximumPoolSize);
    config.setPoolName("taksit");
    return new HikariDataSource(config);
  }

  /** A pooled file database under {@code directory}: H2 in PostgreSQL mode, for single hosts. */
  public static HikariDataSource embeddedH2(Path directory) {
    Objects.requireNonNull(directory, "directory");
    String url = "jdbc:h2:file:" + directory.toAbsolutePath().resolve("taksit")
        + ";MODE=PostgreSQL;LOCK_TIMEOUT=10000";
    return pooled(url, "sa", new DatabasePassword(""));
  }

  /** Brings the schema up to date; a second run finds nothing to do. */
  public static void migrate(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource");
    Flyway.configure()
        .dataSource(dataSource)
        .locations(MIGRATIONS)
        .load()
        .migrate();
  }
}
