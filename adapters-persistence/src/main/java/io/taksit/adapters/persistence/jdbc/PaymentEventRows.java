package io.taksit.adapters.persistence.jdbc;

import static io.taksit.adapters.persistence.jdbc.SqlSupport.instant;
import static io.taksit.adapters.persistence.jdbc.SqlSupport.setInstant;

import io.taksit.domain.payment.OperatorResolution;
import io.taksit.domain.payment.OutcomeKind;
import io.taksit.domain.payment.PaymentEvent;
import io.taksit.domain.payment.PaymentId;
import io.taksit.domain.payment.PaymentStatus;
import io.vavr.collection.List;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;

/**
 * Payment events as rows of {@code payment_events}: appended by the repository with the change
 * that produced them, read back by the repository (a payment's history) and by the outbox (the
 * event an entry delivers), so both read an event the same way.
 */
final class PaymentEventRows {

  private static final String[] COLUMNS =
      {"type", "at", "from_status", "status", "number", "outcome", "reason", "operator_name",
          "evidence"};

  /** How many columns {@link #columns} names. */
  static final int COLUMN_COUNT = COLUMNS.length;

  private PaymentEventRows() {}

  /** The columns {@link #read} expects, in its order, each prefixed with {@code alias.}. */
  static String columns(String alias) {
    StringBuilder columns = new StringBuilder();
    for (String column : COLUMNS) {
      if (columns.length() > 0) {
        columns.append(", ");
      }
      columns.append(alias).append('.').append(column);
    }
    return columns.toString();
  }

  /** The columns {@link #bind} sets, in its order: an event row as inserted. */
  static final String INSERT_COLUMNS = "payment_id, seq, type, at, from_status, status, number, "
      + "outcome, reason, operator_name, evidence";

  /** How many parameters {@link #bind} sets. */
  static final int INSERT_PARAMETERS = 11;

  /** Appends {@code events} after the {@code storedEvents} already stored, numbered on from them. */
  static void append(Connection connection, PaymentId paymentId, int storedEvents,
      List<PaymentEvent> events) throws SQLException {
    if (events.isEmpty()) {
      return;
    }
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO payment_events ("
        + INSERT_COLUMNS + ") VALUES " + SqlSupport.placeholders(INSERT_PARAMETERS))) {
      int seq = storedEvents;
      for (PaymentEvent event : events) {
        bind(insert, 0, paymentId, ++seq, event);
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /**
   * Sets event {@code seq} of {@code paymentId} as the {@link #INSERT_COLUMNS} from parameter
   * {@code index + 1} on; the index of the last one set.
   */
  static int bind(PreparedStatement insert, int index, PaymentId paymentId, int seq,
      PaymentEvent event) throws SQLException {
    EventRow row = EventRow.of(event);
    int i = index;
    insert.setString(++i, paymentId.value());
    insert.setInt(++i, seq);
    insert.setString(++i, row.type());
    setInstant(insert, ++i, event.at());
    insert.setString(++i, row.from() == null ? null : row.from().name());
    insert.setString(++i, event.status().name());
    if (row.number() == null) {
      insert.setNull(++i, Types.INTEGER);
    } else {
      insert.setInt(++i, row.number());
    }
    insert.setString(++i, row.outcome() == null ? null : row.outcome().name());
    insert.setString(++i, row.reason());
    insert.setString(++i, row.operator());
    insert.setString(++i, row.evidence());
    return i;
  }

  /** The event of payment {@code id} in the {@link #columns} starting at column {@code first}. */
  static PaymentEvent read(ResultSet rs, int first, PaymentId id) throws SQLException {
    int i = first;
    String type = rs.getString(i);
    Instant at = instant(rs, ++i);
    String from = rs.getString(++i);
    PaymentStatus status = PaymentStatus.valueOf(rs.getString(++i));
    int number = rs.getInt(++i);
    String outcome = rs.getString(++i);
    String reason = rs.getString(++i);
    String operator = rs.getString(++i);
    String evidence = rs.getString(++i);
    return switch (type) {
      case "CREATED" -> new PaymentEvent.Created(id, at);
      case "OUTCOME_RECORDED" -> new PaymentEvent.OutcomeRecorded(id, at,
          PaymentStatus.valueOf(from), status, number, OutcomeKind.valueOf(outcome), reason);
      case "RETRY_STARTED" -> new PaymentEvent.RetryStarted(id, at,
          PaymentStatus.valueOf(from), status, number);
      case "STATUS_CHECKED" -> new PaymentEvent.StatusChecked(id, at,
          PaymentStatus.valueOf(from), status, number, OutcomeKind.valueOf(outcome), reason);
      case "FLAGGED_FOR_REVIEW" -> new PaymentEvent.FlaggedForReview(id, at, status, reason);
      case "RESOLVED" -> new PaymentEvent.Resolved(id, at, PaymentStatus.valueOf(from), status,
          new OperatorResolution(operator, reason, evidence));
      default -> throw new IllegalStateException("unknown event type " + type);
    };
  }

  /** An event flattened to its columns. */
  private record EventRow(String type, PaymentStatus from, Integer number, OutcomeKind outcome,
      String reason, String operator, String evidence) {

    EventRow(String type, PaymentStatus from, Integer number, OutcomeKind outcome,
        String reason) {
      this(type, from, number, outcome, reason, null, null);
    }

    static EventRow of(PaymentEvent event) {
      if (event instanceof PaymentEvent.Created) {
        return new EventRow("CREATED", null, null, null, null);
      } else if (event instanceof PaymentEvent.OutcomeRecorded e) {
        return new EventRow("OUTCOME_RECORDED", e.from(), e.attempt(), e.outcome(), e.reason());
      } else if (event instanceof PaymentEvent.RetryStarted e) {
        return new EventRow("RETRY_STARTED", e.from(), e.attempt(), null, null);
      } else if (event instanceof PaymentEvent.StatusChecked e) {
        return new EventRow("STATUS_CHECKED", e.from(), e.check(), e.answer(), e.reason());
      } else if (event instanceof PaymentEvent.FlaggedForReview e) {
        return new EventRow("FLAGGED_FOR_REVIEW", null, null, null, e.reason());
      } else if (event instanceof PaymentEvent.Resolved e) {
        return new EventRow("RESOLVED", e.from(), null, null, e.resolution().reason(),
            e.resolution().operator(), e.resolution().evidence());
      }
      throw new IllegalArgumentException("unknown payment event " + event);
    }
  }
}
