package io.taksit.adapters.persistence.jdbc;

import static io.taksit.adapters.persistence.jdbc.SqlSupport.setInstant;

import io.taksit.domain.payment.PaymentId;
import io.vavr.collection.List;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import javax.sql.DataSource;

/**
 * H2 has no SKIP LOCKED: each candidate is leased by its own conditional update, and only the
 * claimer whose update changed the row has it.
 */
final class ConditionalClaims implements PaymentClaims {

  @Override
  public List<PaymentId> claim(DataSource dataSource, Instant now, int limit, Duration lease)
      throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return claim(connection, now, limit, lease);
    }
  }

  private static List<PaymentId> claim(Connection connection, Instant now, int limit,
      Duration lease) throws SQLException {
    connection.setAutoCommit(true);
    java.util.List<PaymentId> claimed = new ArrayList<>();
    while (claimed.size() < limit) {
      java.util.List<PaymentId> candidates = new ArrayList<>();
      try (PreparedStatement select = connection.prepareStatement("SELECT id FROM payments WHERE "
          + DUE + " ORDER BY next_check_at, id LIMIT ?")) {
        setInstant(select, 1, now);
        setInstant(select, 2, now);
        select.setInt(3, limit - claimed.size());
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            candidates.add(new PaymentId(rs.getString(1)));
          }
        }
      }
      if (candidates.isEmpty()) {
        break;
      }
      try (PreparedStatement update = connection.prepareStatement(
          "UPDATE payments SET lease_until = ? WHERE id = ? AND " + DUE)) {
        for (PaymentId id : candidates) {
          setInstant(update, 1, now.plus(lease));
          update.setString(2, id.value());
          setInstant(update, 3, now);
          setInstant(update, 4, now);
          if (update.executeUpdate() == 1) {
            claimed.add(id);
          }
        }
      }
    }
    return List.ofAll(claimed);
  }
}
