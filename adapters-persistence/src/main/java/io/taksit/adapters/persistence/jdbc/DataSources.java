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

  /**
   * A pooled file database under {@code directory}: H2 in PostgreSQL mode, for single hosts. One
   * process holds the store at a time; another that finds it held (a cron
   * {@code taksit reconcile} beside a person's {@code taksit pay}) waits for it, up to
   * {@link #H2_LOCK_WAIT}, instead of failing with "Database may be already in use".
   *
   * <p>Why not H2's automatic mixed mode ({@code AUTO_SERVER=TRUE}): measured with three CLI
   * processes on one store, the process serving the store exits when its command is done and
   * breaks the connections of the others mid-transaction (error 90067 while one was migrating);
   * a payment whose outcome cannot be recorded is worse than a wait of a second.
   */
  public static HikariDataSource embeddedH2(Path directory) {
    Objects.requireNonNull(directory, "directory");
    String url = "jdbc:h2:file:" + directory.toAbsolutePath().resolve("taksit")
        + ";MODE=PostgreSQL;LOCK_TIMEOUT=10000";
    // Another process holds the store ("already in use"), or two race for its lock file ("Lock
    // file recently modified"): wait, bounded, for the holder to finish its command.
    long deadline = System.nanoTime() + H2_LOCK_WAIT.toNanos();
    for (int attempt = 1; ; attempt++) {
      try {
        return pooled(url, "sa", new DatabasePassword(""));
      } catch (RuntimeException failed) {
        if (!lockContention(failed) || System.nanoTime() > deadline) {
          throw failed;
        }
        pause(Math.min(50L * attempt, 500L)
            + java.util.concurrent.ThreadLocalRandom.current().nextLong(50));
      }
    }
  }

  /** How long opening an H2 store waits for another process's hold on its lock file. */
  public static final java.time.Duration H2_LOCK_WAIT = java.time.Duration.ofSeconds(30);

  /** Whether H2 refused because another process holds, or is taking, the store's lock file. */
  private static boolean lockContention(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(java.util.Locale.ROOT);
      if (message.contains("lock file") || message.contains("already in use")) {
        return true;
      }
    }
    return false;
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the H2 lock file",
          interrupted);
    }
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
