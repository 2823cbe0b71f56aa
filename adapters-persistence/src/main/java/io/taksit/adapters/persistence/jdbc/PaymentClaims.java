package io.taksit.adapters.persistence.jdbc;

import io.taksit.domain.payment.PaymentId;
import io.vavr.collection.List;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * How due payments are leased to one claimer when several hosts share the database: one strategy
 * per database, chosen once from the connection.
 */
interface PaymentClaims {

  /** Due: awaiting an answer, its check due, and no other claimer's lease running. */
  String DUE = "status IN ('CREATED', 'PENDING', 'UNKNOWN')"
      + " AND next_check_at <= ? AND (lease_until IS NULL OR lease_until <= ?)";

  /** Leases up to {@code limit} due payments until {@code now + lease}; their ids. */
  List<PaymentId> claim(DataSource dataSource, Instant now, int limit, Duration lease)
      throws SQLException;

  static PaymentClaims of(Connection connection) throws SQLException {
    return SqlSupport.isPostgres(connection) ? new SkipLockedClaims() : new ConditionalClaims();
  }
}
