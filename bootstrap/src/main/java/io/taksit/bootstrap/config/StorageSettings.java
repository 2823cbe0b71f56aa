package io.taksit.bootstrap.config;

import io.taksit.adapters.persistence.jdbc.DatabasePassword;
import java.nio.file.Path;
import java.util.Objects;

/** Where Taksit keeps payments, inquired bills and fee quotes ({@code storage.*}). */
public sealed interface StorageSettings {

  /** The H2 store's directory, beside the configuration file, when none is configured. */
  String DEFAULT_H2_DIRECTORY = "taksit-data";

  /**
   * In this process's memory: gone when it stops, so only for tests and one-shot demos; chosen
   * only explicitly ({@code storage.kind: memory}).
   */
  record Memory() implements StorageSettings {}

  /** An H2 file database in {@code directory}: one host process, state kept between runs. */
  record H2(Path directory) implements StorageSettings {
    public H2 {
      Objects.requireNonNull(directory, "directory");
    }
  }

  /** PostgreSQL 14+, shared by any number of host instances. */
  record Postgresql(String url, String user, DatabasePassword password, int poolSize)
      implements StorageSettings {

    public Postgresql {
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(password, "password");
    }

    /** The URL without its query (which may carry a password), the user; never the password. */
    @Override
    public String toString() {
      int query = url.indexOf('?');
      return "Postgresql[url=" + (query < 0 ? url : url.substring(0, query) + "?…") + ", user="
          + user + ", poolSize=" + poolSize + "]";
    }
  }
}
