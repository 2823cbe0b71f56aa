package io.taksit.cli;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * One embedded PostgreSQL per test JVM, started on first use (about 3.5 s) and stopped when the
 * JVM exits. Each test (a chaos campaign, the statement budget) gets a database of its own in
 * it, created empty; the hosts migrate it.
 */
public final class TestPostgres {

  public static final String USER = "postgres";

  private static EmbeddedPostgres postgres;

  private TestPostgres() {}

  /** The JDBC URL of a new, empty database {@code name} (dropped first if it exists). */
  public static synchronized String fresh(String name) {
    if (!name.matches("[a-z][a-z0-9_]{0,40}")) {
      throw new IllegalArgumentException("not a plain database name: " + name);
    }
    try (Connection connection = postgres().getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + name);
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("could not create the test database " + name, e);
    }
    return postgres().getJdbcUrl(USER, name);
  }

  private static synchronized EmbeddedPostgres postgres() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.start();
      } catch (IOException e) {
        throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(TestPostgres::stop, "test-postgres-stop"));
    }
    return postgres;
  }

  private static synchronized void stop() {
    if (postgres != null) {
      try {
        postgres.close();
      } catch (IOException e) {
        // The JVM is exiting; the server's directory is a temporary one.
      }
    }
  }
}
