package io.taksit.cli.sandbox;

import com.zaxxer.hikari.HikariDataSource;
import io.taksit.adapters.persistence.jdbc.DataSources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The H2 store of a Taksit that talks to the provider sandbox, emptied before use: the sandbox
 * starts from its seed data every time (its bill references start over), so records of an
 * earlier run would describe bills and charges that no longer exist, or collide with new ones.
 */
public final class SandboxStore {

  /** The file H2 keeps a store in, inside the store's directory. */
  public static final String DATABASE_FILE = "taksit.mv.db";

  private SandboxStore() {}

  /** Drops whatever an earlier run left; building Taksit migrates the schema afresh. */
  public static void empty(DataSource store) {
    try (Connection connection = store.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("DROP ALL OBJECTS");
    } catch (SQLException e) {
      throw new IllegalStateException("could not empty the H2 store: " + e.getMessage(), e);
    }
  }

  /**
   * Empties the H2 store in {@code directory} if there is one; a directory without a store is
   * left alone (nothing is created).
   *
   * @return whether there was a store to empty
   */
  public static boolean emptyIfPresent(Path directory) {
    if (!Files.exists(directory.resolve(DATABASE_FILE))) {
      return false;
    }
    try (HikariDataSource pool = DataSources.embeddedH2(directory)) {
      empty(pool);
    }
    return true;
  }
}
