package io.taksit.adapters.persistence.jdbc;

import io.taksit.application.port.out.VersionConflict;
import io.taksit.domain.payment.Attempt;
import io.taksit.domain.payment.Payment;
import io.taksit.domain.payment.PaymentEvent;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import javax.sql.DataSource;

/**
 * {@link PaymentWrites} on PostgreSQL, each write one statement: the payment row, its new
 * attempts, events and outbox entries as data-modifying {@code WITH} parts of one auto-committed
 * statement. A statement is atomic, so this stores all or nothing like the transaction it
 * replaces, in one round trip instead of four (an insert) or six (an update): on a payment path
 * that waits for the database a dozen times, the round trips are the cost (issue 14). The foreign
 * keys between the parts hold, since PostgreSQL checks them at the end of the statement.
 *
 * <p>An update learns the stored history from the row it replaces ({@code UPDATE … FROM} the
 * row as it was), sends the whole history, and inserts only the rows past what was stored, so it
 * needs no count first. A long history goes the transaction's way instead, so that one statement
 * stays small ({@link #MAX_HISTORY_ROWS}).
 */
final class PostgresPaymentWrites {

  /** Above this many attempts and events, an update sends only the new ones, in a transaction. */
  static final int MAX_HISTORY_ROWS = 32;

  private PostgresPaymentWrites() {}

  /** Inserts {@code payment}, its history and its outbox entries in one statement. */
  static void insert(DataSource dataSource, Payment payment) throws SQLException {
    List<Attempt> attempts = payment.attempts();
    List<PaymentEvent> events = payment.events();
    java.util.List<String> parts = new ArrayList<>();
    parts.add("INSERT INTO payments (" + PaymentWrites.INSERT_COLUMNS + ") VALUES "
        + SqlSupport.placeholders(PaymentWrites.INSERT_PARAMETERS));
    if (!attempts.isEmpty()) {
      parts.add("INSERT INTO payment_attempts (" + PaymentWrites.ATTEMPT_COLUMNS + ") VALUES "
          + rows(SqlSupport.placeholders(PaymentWrites.ATTEMPT_PARAMETERS), attempts.size()));
    }
    if (!events.isEmpty()) {
      parts.add("INSERT INTO payment_events (" + PaymentEventRows.INSERT_COLUMNS + ") VALUES "
          + rows(SqlSupport.placeholders(PaymentEventRows.INSERT_PARAMETERS), events.size()));
      parts.add("INSERT INTO payment_outbox (" + JdbcPaymentOutbox.NEW_ENTRY_COLUMNS
          + ") VALUES " + rows(JdbcPaymentOutbox.NEW_ENTRY_VALUES, events.size()));
    }
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement(chain(parts, ""))) {
      int i = PaymentWrites.bindPayment(insert, 0, payment);
      for (Attempt attempt : attempts) {
        i = PaymentWrites.bindAttempt(insert, i, payment.id(), attempt);
      }
      int seq = 0;
      for (PaymentEvent event : events) {
        i = PaymentEventRows.bind(insert, i, payment.id(), ++seq, event);
      }
      seq = 0;
      for (PaymentEvent event : events) {
        i = JdbcPaymentOutbox.bindNewEntry(insert, i, payment.id(), ++seq, event);
      }
      insert.executeUpdate();
    }
  }

  /**
   * Writes {@code changed} over the stored version it was read as, with the history past what
   * that version stored, in one statement: a conflict when another writer got there first.
   */
  static Either<VersionConflict, Payment> update(DataSource dataSource, Payment changed)
      throws SQLException {
    if (changed.attempts().size() + changed.events().size() > MAX_HISTORY_ROWS) {
      return SqlSupport.inTransaction(dataSource,
          connection -> PaymentWrites.update(connection, changed));
    }
    try (Connection connection = dataSource.getConnection()) {
      if (updated(connection, changed)) {
        return Either.right(changed.withVersion(changed.version() + 1));
      }
      return Either.left(refusal(connection, changed));
    }
  }

  /**
   * The one statement of an update. {@code stored} is the row as it was before this statement
   * (a second reference to the same table sees the statement's snapshot); the version condition
   * is checked again on the locked row, so a concurrent writer's change makes it match nothing.
   * Each history row is inserted only if it lies past what {@code stored} counted.
   */
  private static boolean updated(Connection connection, Payment changed) throws SQLException {
    java.util.List<String> parts = new ArrayList<>();
    parts.add("UPDATE payments p SET " + PaymentWrites.changedState(changed)
        + "version = p.version + 1 FROM payments stored WHERE stored.id = p.id AND p.id = ?"
        + " AND p.version = ? AND p.idempotency_key = ? AND stored.attempt_count <= ?"
        + " AND stored.event_count <= ?"
        + " RETURNING stored.attempt_count AS attempts, stored.event_count AS events");
    // One part per history row: INSERT … SELECT types its parameters by the target columns,
    // which a VALUES list joined to "changed" would not.
    for (int number = 1; number <= changed.attempts().size(); number++) {
      parts.add("INSERT INTO payment_attempts (" + PaymentWrites.ATTEMPT_COLUMNS + ") SELECT "
          + parameters(PaymentWrites.ATTEMPT_PARAMETERS) + " FROM changed WHERE attempts < "
          + number);
    }
    for (int seq = 1; seq <= changed.events().size(); seq++) {
      parts.add("INSERT INTO payment_events (" + PaymentEventRows.INSERT_COLUMNS + ") SELECT "
          + parameters(PaymentEventRows.INSERT_PARAMETERS) + " FROM changed WHERE events < "
          + seq);
      parts.add("INSERT INTO payment_outbox (" + JdbcPaymentOutbox.NEW_ENTRY_COLUMNS
          + ") SELECT " + unwrapped(JdbcPaymentOutbox.NEW_ENTRY_VALUES)
          + " FROM changed WHERE events < " + seq);
    }
    parts.add("SELECT attempts FROM changed");
    try (PreparedStatement update = connection.prepareStatement(chain(parts, "changed"))) {
      int i = PaymentWrites.bindChangedState(update, 0, changed);
      update.setString(++i, changed.id().value());
      update.setLong(++i, changed.version());
      update.setString(++i, changed.idempotencyKey().value());
      update.setInt(++i, changed.attempts().size());
      update.setInt(++i, changed.events().size());
      for (Attempt attempt : changed.attempts()) {
        i = PaymentWrites.bindAttempt(update, i, changed.id(), attempt);
      }
      int seq = 0;
      for (PaymentEvent event : changed.events()) {
        seq++;
        i = PaymentEventRows.bind(update, i, changed.id(), seq, event);
        i = JdbcPaymentOutbox.bindNewEntry(update, i, changed.id(), seq, event);
      }
      try (ResultSet rs = update.executeQuery()) {
        return rs.next();
      }
    }
  }

  /** Why an update matched no row: another version stored, or history this one lacks. */
  private static VersionConflict refusal(Connection connection, Payment changed)
      throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT version, attempt_count, event_count, idempotency_key FROM payments WHERE id = ?")) {
      select.setString(1, changed.id().value());
      try (ResultSet rs = select.executeQuery()) {
        if (!rs.next()) {
          return new VersionConflict(changed.id(), changed.version(), PaymentWrites.NOT_STORED);
        }
        long version = rs.getLong(1);
        boolean sameRow = version == changed.version()
            && changed.idempotencyKey().value().equals(rs.getString(4));
        if (sameRow && (rs.getInt(2) > changed.attempts().size()
            || rs.getInt(3) > changed.events().size())) {
          throw new IllegalArgumentException("payment " + changed.id()
              + " has fewer attempts or events than stored: they are append-only");
        }
        return new VersionConflict(changed.id(), changed.version(), version);
      }
    }
  }

  /** The statements as one: all but the last as {@code WITH} parts, the first named. */
  private static String chain(java.util.List<String> statements, String firstName) {
    if (statements.size() == 1) {
      return statements.get(0);
    }
    StringBuilder sql = new StringBuilder("WITH ");
    for (int part = 0; part < statements.size() - 1; part++) {
      if (part > 0) {
        sql.append(", ");
      }
      String name = part == 0 && !firstName.isEmpty() ? firstName : "part" + part;
      sql.append(name).append(" AS (").append(statements.get(part)).append(')');
    }
    return sql.append(' ').append(statements.get(statements.size() - 1)).toString();
  }

  /** {@code row} {@code count} times, comma-separated: a VALUES list. */
  private static String rows(String row, int count) {
    return String.join(", ", java.util.Collections.nCopies(count, row));
  }

  /** {@code ?, ?, …}: {@code count} parameters. */
  private static String parameters(int count) {
    return unwrapped(SqlSupport.placeholders(count));
  }

  /** A VALUES row without its parentheses, for a select list. */
  private static String unwrapped(String row) {
    return row.substring(1, row.length() - 1);
  }
}
