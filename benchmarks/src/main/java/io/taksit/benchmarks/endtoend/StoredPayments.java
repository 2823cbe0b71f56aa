package io.taksit.benchmarks.endtoend;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Settled payments loaded into PostgreSQL in bulk, as a store that has been in use for a while
 * holds them: each a SUCCEEDED Takka payment of its own bill and account, with its attempt and
 * its two events (created, outcome recorded), created a second apart going back from now. A few
 * set statements over {@code generate_series}, so a million rows take seconds, not the hours one
 * payment at a time would.
 */
final class StoredPayments {

  private StoredPayments() {}

  /** Loads {@code count} payments into a migrated, empty Taksit schema. */
  static void load(DataSource dataSource, int count) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      run(connection, count, "INSERT INTO payments (id, idempotency_key, request_fingerprint, "
          + "biller_id, provider_id, account, bill_reference, amount, currency, invoices, "
          + "fee_amount, fee_fee, fee_tax, fee_discount, fee_total, fee_source, status, "
          + "status_checks, next_check_at, review_reason, attempt_count, event_count, version, "
          + "created_at, updated_at, live_bill) "
          + "SELECT 'stored-' || n, 'stored-key-' || n, 'stored', 'momkn-362', 'momkn', "
          + "(3000000000 + n)::text, 'stored-brn-' || n, 100.00, 'EGP', '1', 100.00, 2.00, "
          + "0.28, 0.00, 102.28, 'PROVIDER', 'SUCCEEDED', 0, NULL, NULL, 1, 2, 2, "
          + "(now() - n * interval '1 second')::timestamp, "
          + "(now() - n * interval '1 second')::timestamp, 'momkn-362|stored-brn-' || n "
          + "FROM generate_series(1, ?) AS n");
      run(connection, count, "INSERT INTO payment_attempts (payment_id, number, retry, sent_at, "
          + "answered_at, outcome, provider_reference, provider_code, provider_message, reason) "
          + "SELECT 'stored-' || n, 1, false, (now() - n * interval '1 second')::timestamp, "
          + "(now() - n * interval '1 second')::timestamp, 'APPROVED', 'ref-' || n, '0', "
          + "'Success', 'Code 0' FROM generate_series(1, ?) AS n");
      run(connection, count, "INSERT INTO payment_events (payment_id, seq, type, at, "
          + "from_status, status, number, outcome, reason) "
          + "SELECT 'stored-' || n, 1, 'CREATED', (now() - n * interval '1 second')::timestamp, "
          + "NULL, 'CREATED', NULL, NULL, NULL FROM generate_series(1, ?) AS n");
      run(connection, count, "INSERT INTO payment_events (payment_id, seq, type, at, "
          + "from_status, status, number, outcome, reason) "
          + "SELECT 'stored-' || n, 2, 'OUTCOME_RECORDED', "
          + "(now() - n * interval '1 second')::timestamp, 'CREATED', 'SUCCEEDED', 1, "
          + "'APPROVED', 'Code 0' FROM generate_series(1, ?) AS n");
      connection.commit();
      try (PreparedStatement analyze = connection.prepareStatement("ANALYZE")) {
        // Fresh statistics, as autovacuum would have after a load: the planner sees the rows.
        connection.setAutoCommit(true);
        analyze.execute();
      }
    } catch (SQLException failed) {
      throw new IllegalStateException("could not load " + count + " stored payments", failed);
    }
  }

  private static void run(Connection connection, int count, String sql) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      insert.setInt(1, count);
      insert.executeUpdate();
    }
  }
}
