package io.taksit.adapters.persistence.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Connection pools for the JDBC repository, and the schema migration. */
public final class DataSources {

  /**
   * Taksit's own location and history table, not Flyway's defaults: a host that runs its own
   * Flyway on the same database (Spring Boot does, from {@code db/migration}) must neither pick
   * up Taksit's scripts nor see its versions in its history.
   */
  private static final String MIGRATIONS = "classpath:io/taksit/db/migration";
  static final String HISTORY = "taksit_schema_history";
  private static final String LEGACY_HISTORY = "flyway_schema_history";
  private static final String LEGACY_SCRIPTS = "'V1__payments.sql',"
      + " 'V2__catalog_quotes_and_live_bills.sql', 'V3__outbox.sql', 'V4__operator_resolution.sql'";

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
    adoptLegacyHistory(dataSource);
    Flyway.configure()
        .dataSource(dataSource)
        .locations(MIGRATIONS)
        .table(HISTORY)
        // A host's database is rarely empty: Taksit's history then starts at version 0, below
        // its first script, so every script still runs.
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate();
  }

  /**
   * A database migrated before Taksit had its own history table kept it in Flyway's default one.
   * When that table holds Taksit's scripts and nothing else, it becomes Taksit's; a table with
   * other scripts (the host's own Flyway) is left alone.
   */
  private static void adoptLegacyHistory(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      String legacy = table(connection, LEGACY_HISTORY);
      if (legacy == null || table(connection, HISTORY) != null) {
        return;
      }
      boolean onlyTaksit;
      try (Statement statement = connection.createStatement();
           // The scripts a database could have run before Taksit's own table: V1 to V4, no
           // later. Rows without a version are Flyway's own bookkeeping (schema creation).
           ResultSet rows = statement.executeQuery("SELECT"
               + " SUM(CASE WHEN \"script\" IN (" + LEGACY_SCRIPTS + ") THEN 1 ELSE 0 END),"
               + " SUM(CASE WHEN \"version\" IS NOT NULL AND \"script\" NOT IN ("
               + LEGACY_SCRIPTS + ") THEN 1 ELSE 0 END) FROM " + quoted(legacy))) {
        rows.next();
        onlyTaksit = rows.getLong(1) > 0 && rows.getLong(2) == 0;
      }
      if (onlyTaksit) {
        try (Statement statement = connection.createStatement()) {
          statement.execute("ALTER TABLE " + quoted(legacy) + " RENAME TO " + quoted(HISTORY));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not read the schema history (SQL state "
          + e.getSQLState() + ")", e);
    }
  }

  /** The table's name as the database stores it (H2 may keep it in upper case), or null. */
  private static String table(Connection connection, String name) throws SQLException {
    for (String form : new String[] {name, name.toUpperCase(java.util.Locale.ROOT)}) {
      try (ResultSet tables = connection.getMetaData().getTables(null, connection.getSchema(),
          form, new String[] {"TABLE"})) {
        if (tables.next()) {
          return tables.getString("TABLE_NAME");
        }
      }
    }
    return null;
  }

  private static String quoted(String table) {
    return "\"" + table + "\"";
  }
}
