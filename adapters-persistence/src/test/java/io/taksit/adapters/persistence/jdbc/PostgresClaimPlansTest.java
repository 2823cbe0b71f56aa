package io.taksit.adapters.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.taksit.application.port.out.PaymentQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The outbox's and the reconciler's claims are planned each time they run, so that a plan made
 * while their table was new and nearly empty is never kept (a sequential scan per candidate row
 * once the table has grown; see {@code SqlSupport.planEachRun}). pgjdbc prepares a statement on
 * the server after five runs on a connection; a claim must never be among them.
 */
class PostgresClaimPlansTest {

  private static final int RUNS = 12;

  @Test
  void claimsAreNeverKeptAsServerPreparedStatements() throws SQLException {
    try (HikariDataSource oneConnection = EmbeddedPostgresHolder.newPool(1)) {
      JdbcPaymentOutbox outbox = new JdbcPaymentOutbox(oneConnection);
      JdbcPaymentRepository payments = new JdbcPaymentRepository(oneConnection);
      Instant now = Instant.parse("2026-12-04T12:00:00Z");
      for (int run = 0; run < RUNS; run++) {
        outbox.claimDue(now, 10, Duration.ofMinutes(1), "claim-plans-test");
        payments.claimDue(now, 10, Duration.ofMinutes(1));
        payments.find(PaymentQuery.all(1));
      }

      // The same connection, since the pool has one: its server-side prepared statements.
      assertThat(preparedOnServer(oneConnection, "%SKIP LOCKED%")).isZero();
      // The control: find's read, run as often, is prepared on the server, so the view shows
      // them. Its text (the payment columns, then ORDER BY) matches neither claim.
      assertThat(preparedOnServer(oneConnection,
          "SELECT id, idempotency_key%FROM payments%ORDER BY%")).isPositive();
    }
  }

  private static int preparedOnServer(HikariDataSource pool, String like) throws SQLException {
    try (Connection connection = pool.getConnection();
        PreparedStatement select = connection.prepareStatement(
            "SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE ?")) {
      select.setString(1, like);
      try (ResultSet rs = select.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }
}
