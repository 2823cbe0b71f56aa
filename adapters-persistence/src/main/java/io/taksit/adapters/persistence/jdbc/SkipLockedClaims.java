package io.taksit.adapters.persistence.jdbc;

import static io.taksit.adapters.persistence.jdbc.SqlSupport.setInstant;

import io.taksit.domain.payment.PaymentId;
import io.vavr.collection.List;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import javax.sql.DataSource;

/** PostgreSQL: lock the due rows no other claimer holds, lease them, in one transaction. */
final class SkipLockedClaims implements PaymentClaims {

  @Override
  public List<PaymentId> claim(DataSource dataSource, Instant now, int limit, Duration lease)
      throws SQLException {
    return SqlSupport.inTransaction(dataSource, connection -> {
      java.util.List<PaymentId> ids = new ArrayList<>();
      try (PreparedStatement select = connection.prepareStatement("SELECT id FROM payments WHERE "
          + DUE + " ORDER BY next_check_at, id LIMIT ? FOR UPDATE SKIP LOCKED")) {
        SqlSupport.planEachRun(select);
        setInstant(select, 1, now);
        setInstant(select, 2, now);
        select.setInt(3, limit);
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            ids.add(new PaymentId(rs.getString(1)));
          }
        }
      }
      if (!ids.isEmpty()) {
        try (PreparedStatement update = connection.prepareStatement(
            "UPDATE payments SET lease_until = ? WHERE id = ?")) {
          for (PaymentId id : ids) {
            setInstant(update, 1, now.plus(lease));
            update.setString(2, id.value());
            update.addBatch();
          }
          update.executeBatch();
        }
      }
      return List.ofAll(ids);
    });
  }
}
