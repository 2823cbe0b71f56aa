package io.taksit.adapters.persistence.jdbc;

import io.taksit.domain.money.Money;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;
import javax.sql.DataSource;
import org.postgresql.PGStatement;

/**
 * What the JDBC stores share: instants as UTC {@code TIMESTAMP(6)}, money as an exact decimal and
 * a currency code, and an upsert that works the same on PostgreSQL and H2.
 */
final class SqlSupport {

  static final String UNIQUE_VIOLATION = "23505";
  /** H2: the row was changed by a concurrent transaction. */
  static final int H2_CONCURRENT_UPDATE = 90131;
  private static final int UPSERT_TRIES = 20;

  private SqlSupport() {}

  /** Work on one connection that may throw {@link SQLException}. */
  @FunctionalInterface
  interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
  }

  /** A statement whose parameters are set by the caller. */
  @FunctionalInterface
  interface Binder {
    void bind(PreparedStatement statement) throws SQLException;
  }

  /** Runs {@code work} in one transaction on a connection of {@code dataSource}. */
  static <T> T inTransaction(DataSource dataSource, SqlWork<T> work) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    }
  }

  /**
   * Replaces the row {@code update} names, or inserts it when there is none, as one atomic step
   * for concurrent callers: an insert that loses a race to another one (unique violation) tries
   * the update again. Both databases lack one portable upsert statement (PostgreSQL 14 has no
   * MERGE; H2 has no ON CONFLICT DO UPDATE).
   */
  static void upsert(DataSource dataSource, String update, Binder bindUpdate, String insert,
      Binder bindInsert) throws SQLException {
    inTransactionRetryingRaces(dataSource, UPSERT_TRIES, connection -> {
      int rows;
      try (PreparedStatement statement = connection.prepareStatement(update)) {
        bindUpdate.bind(statement);
        rows = statement.executeUpdate();
      }
      if (rows == 0) {
        try (PreparedStatement statement = connection.prepareStatement(insert)) {
          bindInsert.bind(statement);
          statement.executeUpdate();
        }
      }
      return rows;
    });
  }

  /**
   * Runs {@code work} in one transaction, again from the start when it lost a race to a
   * concurrent writer ({@link #isRaceLost}): the writes of several rows that another instance may
   * be making at the same moment, all or none; at most {@code tries} times.
   */
  static <T> T inTransactionRetryingRaces(DataSource dataSource, int tries, SqlWork<T> work)
      throws SQLException {
    SQLException last = null;
    for (int attempt = 0; attempt < tries; attempt++) {
      try {
        return inTransaction(dataSource, work);
      } catch (SQLException e) {
        if (!isRaceLost(e)) {
          throw e;
        }
        last = e;
      }
    }
    throw last;
  }

  /**
   * Like {@link #upsert}, for rows that are nearly always new (an inquired bill, a fee quote):
   * the insert first, alone and auto-committed, so a new row costs one statement and no
   * transaction; only when the key is taken is the row replaced by the update. Between the two,
   * another writer may delete the row (housekeeping) or insert it: the pair is tried again.
   *
   * <p>On PostgreSQL the commit does not wait for its WAL to reach the disk
   * ({@link #WITHOUT_WAITING_FOR_THE_FLUSH}). Such rows are what a caller can ask for again: a
   * database crash may lose the last few hundred milliseconds of them, after which the caller is
   * told to inquire or quote again; it never loses a payment or an event, whose commits wait, and
   * a commit that waits flushes every earlier record of the WAL first, so a stored payment never
   * outlives the bill or quote it was checked against. Measured on this project's VM with
   * {@code fsync=on}: 178–222 µs an insert waiting for the flush, 67–76 µs not waiting.
   */
  static void insertOrReplace(DataSource dataSource, String insert, Binder bindInsert,
      String update, Binder bindUpdate) throws SQLException {
    SQLException last = null;
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(true);
      String suffix = isPostgres(connection) ? WITHOUT_WAITING_FOR_THE_FLUSH : "";
      for (int attempt = 0; attempt < UPSERT_TRIES; attempt++) {
        try (PreparedStatement statement = connection.prepareStatement(insert + suffix)) {
          bindInsert.bind(statement);
          statement.execute();
          return;
        } catch (SQLException e) {
          if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
            throw e;
          }
          last = e;
        }
        try (PreparedStatement statement = connection.prepareStatement(update + suffix)) {
          bindUpdate.bind(statement);
          if (changedARow(statement)) {
            return;
          }
        }
      }
    }
    throw last;
  }

  /**
   * Appended to an auto-committed PostgreSQL insert or update: its transaction commits without
   * waiting for the WAL flush. {@code set_config(…, true)} is {@code SET LOCAL}, so it lasts
   * until that commit and leaves the pooled connection's own setting alone; {@code RETURNING}
   * is where a function runs inside the statement, once per row written.
   */
  static final String WITHOUT_WAITING_FOR_THE_FLUSH =
      " RETURNING set_config('synchronous_commit', 'off', true)";

  /** Runs an insert or update, with or without a {@code RETURNING}: whether it wrote a row. */
  private static boolean changedARow(PreparedStatement statement) throws SQLException {
    if (!statement.execute()) {
      return statement.getUpdateCount() > 0;
    }
    try (ResultSet rows = statement.getResultSet()) {
      return rows.next();
    }
  }

  /** Whether {@code e} says a concurrent writer got there first, so trying again may succeed. */
  static boolean isRaceLost(SQLException e) {
    return UNIQUE_VIOLATION.equals(e.getSQLState()) || e.getErrorCode() == H2_CONCURRENT_UPDATE;
  }

  /** {@code (?, ?, …)} with {@code count} parameters: one row of a VALUES list. */
  static String placeholders(int count) {
    return "(" + String.join(", ", java.util.Collections.nCopies(count, "?")) + ")";
  }

  /** Whether {@code connection} is to PostgreSQL (else H2 in PostgreSQL mode). */
  static boolean isPostgres(Connection connection) throws SQLException {
    return connection.getMetaData().getDatabaseProductName()
        .toLowerCase(Locale.ROOT).contains("postgres");
  }

  /**
   * Has PostgreSQL plan {@code statement} each time it runs, with the table as it is then,
   * instead of pgjdbc preparing it on the server after five runs and PostgreSQL keeping one
   * generic plan for it. For the statements on a queue table (the claims, the outbox's marks):
   * a generic plan made while the table was new and nearly empty stays until autovacuum first
   * analyzes the table. On a fresh database, after a minute of payments, the outbox claim's
   * cached plan scanned {@code payment_outbox} once per candidate row (35.7 ms a claim, growing
   * with the table), and marking an entry delivered walked the pending entries of an index led
   * by the status (0.4–0.6 ms, twice per payment). Planned each run: 0.83 ms a claim and
   * 0.082 ms a mark (docs/benchmarks.md, 2026-12-04).
   */
  static void planEachRun(PreparedStatement statement) throws SQLException {
    if (statement.isWrapperFor(PGStatement.class)) {
      statement.unwrap(PGStatement.class).setPrepareThreshold(0);
    }
  }

  static void setInstant(PreparedStatement statement, int index, Instant instant)
      throws SQLException {
    if (instant == null) {
      statement.setNull(index, Types.TIMESTAMP);
    } else {
      statement.setObject(index,
          LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
    }
  }

  static Instant instant(ResultSet rs, int index) throws SQLException {
    LocalDateTime value = rs.getObject(index, LocalDateTime.class);
    return value == null ? null : value.toInstant(ZoneOffset.UTC);
  }

  static Currency currency(ResultSet rs, int index) throws SQLException {
    return Currency.getInstance(rs.getString(index).trim());
  }

  /**
   * Stored money back at its currency's scale.
   *
   * @throws IllegalStateException if the stored decimal has more decimals than the currency
   */
  static Money money(BigDecimal value, Currency currency, String what) {
    Objects.requireNonNull(value, what);
    return Money.of(value, currency).getOrElseThrow(error -> new IllegalStateException(
        "stored " + what + " " + value + " " + currency + " is not valid money: " + error));
  }

  /** A decimal written into JSON text; {@code null} stays null. */
  static String decimal(Money money) {
    return money == null ? null : money.amount().toPlainString();
  }

  /** Money from a decimal string of JSON text, or null. */
  static Money moneyFromText(Object decimalText, Currency currency, String what) {
    if (decimalText == null) {
      return null;
    }
    if (!(decimalText instanceof String text)) {
      throw new IllegalStateException("stored " + what + " is not a decimal string");
    }
    try {
      return money(new BigDecimal(text), currency, what);
    } catch (NumberFormatException notANumber) {
      throw new IllegalStateException("stored " + what + " is not a decimal", notANumber);
    }
  }

  static PersistenceException failure(String action, SQLException e) {
    return new PersistenceException(action + " failed: " + e.getMessage(), e);
  }
}
