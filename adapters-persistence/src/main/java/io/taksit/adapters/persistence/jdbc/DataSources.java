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

  /** A HikariCP pool to {@code jdbcUrl}; close it when the host stops. */
  public static HikariDataSource pooled(String jdbcUrl, String user, DatabasePassword password) {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    config.setUsername(user);
    config.setPassword(password.value());
    config.setMaximumPoolSize(10);
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
