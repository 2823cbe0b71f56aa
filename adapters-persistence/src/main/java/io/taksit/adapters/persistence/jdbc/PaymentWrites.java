package io.taksit.adapters.persistence.jdbc;

import static io.taksit.adapters.persistence.jdbc.SqlSupport.setInstant;

import io.taksit.application.port.out.VersionConflict;
import io.taksit.domain.fee.FeeQuote;
import io.taksit.domain.payment.Attempt;
import io.taksit.domain.payment.Payment;
import io.taksit.domain.payment.PaymentDetails;
import io.taksit.domain.payment.PaymentEvent;
import io.taksit.domain.payment.PaymentId;
import io.taksit.domain.payment.PaymentStatus;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The writes of {@link JdbcPaymentRepository}: a new payment, and a changed one over its stored
 * version, each with the attempts, events and outbox entries it adds, in the caller's
 * transaction.
 */
final class PaymentWrites {

  static final long NOT_STORED = -1;

  private PaymentWrites() {}

  /** Live payments hold their bill; a DECLINED one has let it go for good (a terminal status). */
  static boolean isLive(Payment payment) {
    return payment.status() != PaymentStatus.DECLINED;
  }

  /** The {@code live_bill} value: a biller id cannot contain '|', so the pair reads back apart. */
  static String liveBill(Payment payment) {
    return payment.details().billerId().value() + "|" + payment.details().billReference().value();
  }

  /** The columns {@link #bindPayment} sets, in its order: a payment row as inserted. */
  static final String INSERT_COLUMNS = PaymentRows.COLUMNS + ", live_bill";

  /** How many parameters {@link #bindPayment} sets. */
  static final int INSERT_PARAMETERS = 26;

  /** The columns {@link #bindAttempt} sets, in its order: an attempt row as inserted. */
  static final String ATTEMPT_COLUMNS = "payment_id, number, retry, sent_at, answered_at, "
      + "outcome, provider_reference, provider_code, provider_message, reason";

  /** How many parameters {@link #bindAttempt} sets. */
  static final int ATTEMPT_PARAMETERS = 10;

  /** Inserts {@code payment} with its history and outbox entries, in one transaction. */
  static void insert(DataSource dataSource, Payment payment) throws SQLException {
    SqlSupport.inTransaction(dataSource, connection -> {
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO payments ("
          + INSERT_COLUMNS + ") VALUES " + SqlSupport.placeholders(INSERT_PARAMETERS))) {
        bindPayment(insert, 0, payment);
        insert.executeUpdate();
      }
      appendHistory(connection, payment, 0, 0);
      return null;
    });
  }

  /**
   * Sets {@code payment} as the {@link #INSERT_COLUMNS} from parameter {@code index + 1} on; the
   * index of the last one set.
   */
  static int bindPayment(PreparedStatement insert, int index, Payment payment)
      throws SQLException {
    PaymentDetails details = payment.details();
    int i = index;
    insert.setString(++i, payment.id().value());
    insert.setString(++i, payment.idempotencyKey().value());
    insert.setString(++i, payment.requestFingerprint());
    insert.setString(++i, details.billerId().value());
    insert.setString(++i, details.provider().value());
    insert.setString(++i, details.account().value());
    insert.setString(++i, details.billReference().value());
    insert.setBigDecimal(++i, details.amount().amount());
    insert.setString(++i, details.amount().currencyCode());
    insert.setString(++i, details.invoices().mkString(","));
    Option<FeeQuote> fee = details.feeQuote();
    insert.setBigDecimal(++i, fee.map(q -> q.amount().amount()).getOrNull());
    insert.setBigDecimal(++i, fee.map(q -> q.fee().amount()).getOrNull());
    insert.setBigDecimal(++i, fee.map(q -> q.tax().amount()).getOrNull());
    insert.setBigDecimal(++i, fee.map(q -> q.discount().amount()).getOrNull());
    insert.setBigDecimal(++i, fee.map(q -> q.total().amount()).getOrNull());
    insert.setString(++i, fee.map(q -> q.source().name()).getOrNull());
    i = setState(insert, i, payment);
    insert.setLong(++i, payment.version());
    setInstant(insert, ++i, payment.createdAt());
    setInstant(insert, ++i, payment.updatedAt());
    insert.setString(++i, isLive(payment) ? liveBill(payment) : null);
    return i;
  }

  /**
   * Sets {@code attempt} of {@code paymentId} as the {@link #ATTEMPT_COLUMNS} from parameter
   * {@code index + 1} on; the index of the last one set.
   */
  static int bindAttempt(PreparedStatement insert, int index, PaymentId paymentId,
      Attempt attempt) throws SQLException {
    int i = index;
    insert.setString(++i, paymentId.value());
    insert.setInt(++i, attempt.number());
    insert.setBoolean(++i, attempt.retry());
    setInstant(insert, ++i, attempt.sentAt());
    setInstant(insert, ++i, attempt.answeredAt());
    insert.setString(++i, attempt.outcome().name());
    insert.setString(++i, attempt.answer().reference().getOrNull());
    insert.setString(++i, attempt.answer().code().getOrNull());
    insert.setString(++i, attempt.answer().message().getOrNull());
    insert.setString(++i, attempt.reason());
    return i;
  }

  /** The columns a transition changes, in {@link PaymentRows#COLUMNS} order from status on. */
  static int setState(PreparedStatement statement, int index, Payment payment)
      throws SQLException {
    int i = index;
    statement.setString(++i, payment.status().name());
    statement.setInt(++i, payment.statusChecks());
    setInstant(statement, ++i, payment.nextCheckAt().getOrNull());
    statement.setString(++i, payment.reviewReason().getOrNull());
    statement.setInt(++i, payment.attempts().size());
    statement.setInt(++i, payment.events().size());
    return i;
  }

  /**
   * Writes {@code changed} over the stored version it was read as, appending its new history:
   * a conflict when another writer got there first.
   */
  static Either<VersionConflict, Payment> update(Connection connection, Payment changed)
      throws SQLException {
    int rows;
    try (PreparedStatement update = connection.prepareStatement("UPDATE payments SET "
        + changedState(changed)
        + "version = version + 1 WHERE id = ? AND version = ? AND idempotency_key = ?")) {
      int i = bindChangedState(update, 0, changed);
      update.setString(++i, changed.id().value());
      update.setLong(++i, changed.version());
      update.setString(++i, changed.idempotencyKey().value());
      rows = update.executeUpdate();
    }
    if (rows == 0) {
      long stored = storedVersion(connection, changed.id());
      return Either.left(new VersionConflict(changed.id(), changed.version(), stored));
    }
    // The row is locked until commit, so these counts are the stored version's.
    StoredHistory stored = storedHistory(connection, changed.id());
    int storedAttempts = stored.attempts();
    int storedEvents = stored.events();
    if (storedAttempts > changed.attempts().size() || storedEvents > changed.events().size()) {
      throw new IllegalArgumentException("payment " + changed.id()
          + " has fewer attempts or events than stored: they are append-only");
    }
    appendHistory(connection, changed, storedAttempts, storedEvents);
    return Either.right(changed.withVersion(changed.version() + 1));
  }

  /**
   * The assignments of an update to {@code changed}, each followed by a comma, for
   * {@link #bindChangedState} to set: the state a transition changes and when.
   */
  static String changedState(Payment changed) {
    // Only a decline changes live_bill: it frees the bill. No transition leads out of DECLINED,
    // and a live payment's column is left as stored (NULL for a duplicate older than the guard).
    String freeBill = isLive(changed) ? "" : "live_bill = NULL, ";
    return "status = ?, status_checks = ?, next_check_at = ?, review_reason = ?, "
        + "attempt_count = ?, event_count = ?, updated_at = ?, " + freeBill;
  }

  /** Sets the parameters of {@link #changedState} from {@code index + 1} on; the last index. */
  static int bindChangedState(PreparedStatement update, int index, Payment changed)
      throws SQLException {
    int i = setState(update, index, changed);
    setInstant(update, ++i, changed.updatedAt());
    return i;
  }

  static long storedVersion(Connection connection, PaymentId id) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("SELECT version FROM payments WHERE id = ?")) {
      select.setString(1, id.value());
      try (ResultSet rs = select.executeQuery()) {
        return rs.next() ? rs.getLong(1) : NOT_STORED;
      }
    }
  }

  /** How many attempts and events a payment has stored. */
  private record StoredHistory(int attempts, int events) {}

  /** The attempts and events stored for {@code id}, counted in one round trip. */
  private static StoredHistory storedHistory(Connection connection, PaymentId id)
      throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT (SELECT COUNT(*) FROM payment_attempts WHERE payment_id = ?), "
            + "(SELECT COUNT(*) FROM payment_events WHERE payment_id = ?)")) {
      select.setString(1, id.value());
      select.setString(2, id.value());
      try (ResultSet rs = select.executeQuery()) {
        rs.next();
        return new StoredHistory(rs.getInt(1), rs.getInt(2));
      }
    }
  }

  private static void appendHistory(Connection connection, Payment payment, int storedAttempts,
      int storedEvents) throws SQLException {
    List<Attempt> attempts = payment.attempts().drop(storedAttempts);
    if (!attempts.isEmpty()) {
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO payment_attempts ("
          + ATTEMPT_COLUMNS + ") VALUES " + SqlSupport.placeholders(ATTEMPT_PARAMETERS))) {
        for (Attempt attempt : attempts) {
          bindAttempt(insert, 0, payment.id(), attempt);
          insert.addBatch();
        }
        insert.executeBatch();
      }
    }
    List<PaymentEvent> events = payment.events().drop(storedEvents);
    PaymentEventRows.append(connection, payment.id(), storedEvents, events);
    // The outbox entries in the same transaction: an event is stored and due for delivery, or
    // neither (JdbcPaymentOutbox).
    JdbcPaymentOutbox.enqueue(connection, payment.id(), storedEvents, events);
  }

}
