package io.taksit.cli.chaos;

import io.taksit.domain.payment.PaymentStatus;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The campaign's own look at the payments table, beside Taksit: what is stored is the truth the
 * ledger is compared with, whichever host wrote it.
 */
final class StoredPayments {

  private static final String AWAITING = "status IN ('CREATED', 'PENDING', 'UNKNOWN')";

  private final DataSource database;

  StoredPayments(DataSource database) {
    this.database = database;
  }

  /** One stored payment, as far as the audit is concerned. */
  record Row(String id, String idempotencyKey, String provider, String billReference,
      BigDecimal amount, String currency, PaymentStatus status, Option<String> reviewReason,
      int attempts) {

    boolean needsReview() {
      return reviewReason.isDefined();
    }
  }

  List<Row> all() {
    List<Row> rows = new ArrayList<>();
    query("SELECT id, idempotency_key, provider_id, bill_reference, amount, currency, status,"
        + " review_reason, attempt_count FROM payments ORDER BY created_at, id", rs -> {
          while (rs.next()) {
            rows.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getBigDecimal(5), rs.getString(6).trim(), PaymentStatus.valueOf(rs.getString(7)),
                Option.of(rs.getString(8)), rs.getInt(9)));
          }
        });
    return rows;
  }

  /** Ids of the payments waiting for a retry. */
  List<String> notProcessed() {
    List<String> ids = new ArrayList<>();
    query("SELECT id FROM payments WHERE status = 'NOT_PROCESSED' ORDER BY id", rs -> {
      while (rs.next()) {
        ids.add(rs.getString(1));
      }
    });
    return ids;
  }

  /** Ids of the payments flagged for review (NEEDS_REVIEW). */
  List<String> flaggedForReview() {
    List<String> ids = new ArrayList<>();
    query("SELECT id FROM payments WHERE review_reason IS NOT NULL ORDER BY id", rs -> {
      while (rs.next()) {
        ids.add(rs.getString(1));
      }
    });
    return ids;
  }

  /**
   * When the next payment awaiting its outcome can be claimed: its next check, or the end of the
   * lease a reconciler holds on it, whichever is later; none when nothing is scheduled any more.
   */
  Option<Instant> nextDue() {
    List<Instant> found = new ArrayList<>();
    query("SELECT MIN(GREATEST(next_check_at, COALESCE(lease_until, next_check_at)))"
        + " FROM payments WHERE " + AWAITING + " AND next_check_at IS NOT NULL", rs -> {
          if (rs.next()) {
            LocalDateTime at = rs.getObject(1, LocalDateTime.class);
            if (at != null) {
              found.add(at.toInstant(ZoneOffset.UTC));
            }
          }
        });
    return found.isEmpty() ? Option.none() : Option.some(found.get(0));
  }

  private void query(String sql, RowReader reader) {
    try (Connection connection = database.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet rs = statement.executeQuery()) {
      reader.read(rs);
    } catch (SQLException e) {
      throw new IllegalStateException("audit query failed: " + sql, e);
    }
  }

  @FunctionalInterface
  private interface RowReader {
    void read(ResultSet rs) throws SQLException;
  }
}
