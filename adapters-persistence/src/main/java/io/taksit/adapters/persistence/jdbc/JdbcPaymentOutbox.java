package io.taksit.adapters.persistence.jdbc;

import static io.taksit.adapters.persistence.jdbc.SqlSupport.failure;
import static io.taksit.adapters.persistence.jdbc.SqlSupport.instant;
import static io.taksit.adapters.persistence.jdbc.SqlSupport.setInstant;

import io.taksit.application.port.out.DeadLetter;
import io.taksit.application.port.out.EventId;
import io.taksit.application.port.out.OutboxCounts;
import io.taksit.application.port.out.OutboxEntry;
import io.taksit.application.port.out.PaymentOutbox;
import io.taksit.domain.payment.PaymentEvent;
import io.taksit.domain.payment.PaymentId;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The transactional outbox in the payments' database ({@code payment_outbox}, migration V3). The
 * {@link JdbcPaymentRepository} inserts an entry per new event in the transaction that stores
 * the event ({@link #enqueue}); this class is the relay's side of the same table. An entry is
 * the delivery state of one {@code payment_events} row, read with it, so the event is stored
 * once.
 *
 * <p>A claim leases rows under {@code FOR UPDATE SKIP LOCKED} on PostgreSQL and by one
 * conditional update per row on H2, so several instances sharing the database never hold one
 * entry at once. Both take only the earliest undelivered entry of a payment: a row whose payment
 * has an earlier row that is not DELIVERED is not due, whoever holds that earlier row.
 */
public final class JdbcPaymentOutbox implements PaymentOutbox {

  private static final String ENTRY_COLUMNS = "o.payment_id, o.seq, o.attempts, o.created_at, "
      + PaymentEventRows.columns("e");
  private static final int EVENT_COLUMN = 5;
  private static final String ENTRIES = " FROM payment_outbox o JOIN payment_events e"
      + " ON e.payment_id = o.payment_id AND e.seq = o.seq";

  /** Due at ? (twice): pending, past its backoff, unleased, and first undelivered of its payment. */
  private static final String DUE = "o.status = 'PENDING' AND o.next_attempt_at <= ?"
      + " AND (o.lease_until IS NULL OR o.lease_until <= ?)"
      + " AND NOT EXISTS (SELECT 1 FROM payment_outbox earlier"
      + " WHERE earlier.payment_id = o.payment_id AND earlier.seq < o.seq"
      + " AND earlier.status <> 'DELIVERED')";
  private static final String DUE_ORDER = " ORDER BY o.next_attempt_at, o.payment_id, o.seq";

  /** A mark applies to a pending entry the claimer (the third parameter) still holds. */
  private static final String HELD = " WHERE payment_id = ? AND seq = ? AND status = 'PENDING'"
      + " AND claimed_by = ?";
  private static final String RELEASE = "claimed_by = NULL, lease_until = NULL";

  /** A replayed entry: pending, due at ?, a fresh count of attempts; its last error kept. */
  private static final String REPLAYED = "status = 'PENDING', attempts = 0, next_attempt_at = ?, "
      + "settled_at = NULL, " + RELEASE;

  /** H2: rounds of candidates a claim tries before settling for what it won. */
  private static final int CLAIM_ROUNDS = 10;

  private final DataSource dataSource;
  private volatile Boolean postgres;

  public JdbcPaymentOutbox(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  /**
   * Inserts the outbox entries of {@code events}, numbered on from the {@code storedEvents} already
   * stored, on the caller's connection: in the transaction that appends the events themselves.
   */
  static void enqueue(Connection connection, PaymentId paymentId, int storedEvents,
      List<PaymentEvent> events) throws SQLException {
    if (events.isEmpty()) {
      return;
    }
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO payment_outbox ("
        + NEW_ENTRY_COLUMNS + ") VALUES " + NEW_ENTRY_VALUES)) {
      int seq = storedEvents;
      for (PaymentEvent event : events) {
        bindNewEntry(insert, 0, paymentId, ++seq, event);
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /** The columns of a new entry, as {@link #NEW_ENTRY_VALUES} and {@link #bindNewEntry} set them. */
  static final String NEW_ENTRY_COLUMNS =
      "payment_id, seq, status, attempts, next_attempt_at, created_at";

  /** A new entry's values: pending, never tried, due at once. */
  static final String NEW_ENTRY_VALUES = "(?, ?, 'PENDING', 0, ?, ?)";

  /**
   * Sets the parameters of {@link #NEW_ENTRY_VALUES} for event {@code seq} of {@code paymentId}
   * from parameter {@code index + 1} on; the index of the last one set.
   */
  static int bindNewEntry(PreparedStatement insert, int index, PaymentId paymentId, int seq,
      PaymentEvent event) throws SQLException {
    int i = index;
    insert.setString(++i, paymentId.value());
    insert.setInt(++i, seq);
    setInstant(insert, ++i, event.at());
    setInstant(insert, ++i, event.at());
    return i;
  }

  // ---------------------------------------------------------------- claims

  @Override
  public List<OutboxEntry> claimDue(Instant now, int limit, Duration lease, String claimer) {
    PaymentOutbox.requireValidClaim(now, limit, lease, claimer);
    try (Connection connection = dataSource.getConnection()) {
      return isPostgres(connection)
          ? claimLocked(connection, now, limit, now.plus(lease), claimer)
          : claimConditionally(connection, now, limit, now.plus(lease), claimer);
    } catch (SQLException e) {
      throw failure("claiming due outbox entries", e);
    }
  }

  /** PostgreSQL: lock the due rows no other claimer holds and lease them, in one transaction. */
  private static List<OutboxEntry> claimLocked(Connection connection, Instant now, int limit,
      Instant leaseEnd, String claimer) throws SQLException {
    connection.setAutoCommit(false);
    try {
      java.util.List<OutboxEntry> entries = new ArrayList<>();
      try (PreparedStatement select = connection.prepareStatement("SELECT " + ENTRY_COLUMNS
          + ENTRIES + " WHERE " + DUE + DUE_ORDER + " LIMIT ? FOR UPDATE OF o SKIP LOCKED")) {
        SqlSupport.planEachRun(select);
        setInstant(select, 1, now);
        setInstant(select, 2, now);
        select.setInt(3, limit);
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            entries.add(entry(rs));
          }
        }
      }
      if (!entries.isEmpty()) {
        try (PreparedStatement update = connection.prepareStatement("UPDATE payment_outbox "
            + "SET claimed_by = ?, lease_until = ? WHERE payment_id = ? AND seq = ?")) {
          for (OutboxEntry entry : entries) {
            update.setString(1, claimer);
            setInstant(update, 2, leaseEnd);
            update.setString(3, entry.paymentId().value());
            update.setInt(4, entry.sequence());
            update.addBatch();
          }
          update.executeBatch();
        }
      }
      connection.commit();
      return List.ofAll(entries);
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }

  /**
   * H2 has no SKIP LOCKED: each candidate is leased by its own conditional update, and only the
   * claimer whose update changed the row (still due, attempts as read) has it.
   */
  private static List<OutboxEntry> claimConditionally(Connection connection, Instant now,
      int limit, Instant leaseEnd, String claimer) throws SQLException {
    connection.setAutoCommit(true);
    java.util.List<OutboxEntry> claimed = new ArrayList<>();
    for (int round = 0; round < CLAIM_ROUNDS && claimed.size() < limit; round++) {
      java.util.List<OutboxEntry> candidates = new ArrayList<>();
      try (PreparedStatement select = connection.prepareStatement("SELECT " + ENTRY_COLUMNS
          + ENTRIES + " WHERE " + DUE + DUE_ORDER + " LIMIT ?")) {
        setInstant(select, 1, now);
        setInstant(select, 2, now);
        select.setInt(3, limit - claimed.size());
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            candidates.add(entry(rs));
          }
        }
      }
      if (candidates.isEmpty()) {
        break;
      }
      try (PreparedStatement update = connection.prepareStatement("UPDATE payment_outbox o "
          + "SET claimed_by = ?, lease_until = ? "
          + "WHERE o.payment_id = ? AND o.seq = ? AND o.attempts = ? AND " + DUE)) {
        for (OutboxEntry candidate : candidates) {
          update.setString(1, claimer);
          setInstant(update, 2, leaseEnd);
          update.setString(3, candidate.paymentId().value());
          update.setInt(4, candidate.sequence());
          update.setInt(5, candidate.attempts());
          setInstant(update, 6, now);
          setInstant(update, 7, now);
          if (won(update)) {
            claimed.add(candidate);
          }
        }
      }
    }
    return List.ofAll(claimed);
  }

  /** Whether a conditional claim changed its row; a concurrent writer that got there first means no. */
  private static boolean won(PreparedStatement update) throws SQLException {
    try {
      return update.executeUpdate() == 1;
    } catch (SQLException e) {
      if (SqlSupport.isRaceLost(e)) {
        return false;
      }
      throw e;
    }
  }

  // ---------------------------------------------------------------- marks

  @Override
  public boolean markDelivered(EventId id, String claimer, Instant at) {
    Objects.requireNonNull(id, "id");
    PaymentOutbox.requireClaimer(claimer);
    Objects.requireNonNull(at, "at");
    return mark("marking outbox entry " + id + " delivered", "UPDATE payment_outbox SET "
        + "status = 'DELIVERED', settled_at = ?, " + RELEASE + HELD, statement -> {
          setInstant(statement, 1, at);
          bindHeld(statement, 2, id, claimer);
        });
  }

  @Override
  public boolean markFailed(EventId id, String claimer, Instant nextAttemptAt, String error) {
    Objects.requireNonNull(id, "id");
    PaymentOutbox.requireClaimer(claimer);
    Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
    PaymentOutbox.requireError(error);
    return mark("marking outbox entry " + id + " failed", "UPDATE payment_outbox SET "
        + "attempts = attempts + 1, next_attempt_at = ?, last_error = ?, " + RELEASE + HELD,
        statement -> {
          setInstant(statement, 1, nextAttemptAt);
          statement.setString(2, error);
          bindHeld(statement, 3, id, claimer);
        });
  }

  @Override
  public boolean markDead(EventId id, String claimer, Instant at, String error) {
    Objects.requireNonNull(id, "id");
    PaymentOutbox.requireClaimer(claimer);
    Objects.requireNonNull(at, "at");
    PaymentOutbox.requireError(error);
    return mark("parking outbox entry " + id, "UPDATE payment_outbox SET status = 'DEAD', "
        + "attempts = attempts + 1, settled_at = ?, last_error = ?, " + RELEASE + HELD,
        statement -> {
          setInstant(statement, 1, at);
          statement.setString(2, error);
          bindHeld(statement, 3, id, claimer);
        });
  }

  private static void bindHeld(PreparedStatement statement, int first, EventId id,
      String claimer) throws SQLException {
    statement.setString(first, id.paymentId().value());
    statement.setInt(first + 1, id.sequence());
    statement.setString(first + 2, claimer);
  }

  private boolean mark(String action, String sql, SqlSupport.Binder binder) {
    return update(action, sql, binder) == 1;
  }

  /** A mark, replay or prune: each planned as the outbox is when it runs (a queue's churn). */
  private int update(String action, String sql, SqlSupport.Binder binder) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      SqlSupport.planEachRun(statement);
      binder.bind(statement);
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw failure(action, e);
    }
  }

  // ---------------------------------------------------------------- dead letters

  @Override
  public List<DeadLetter> deadLetters(int limit) {
    PaymentOutbox.requireLimit(limit);
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement("SELECT " + ENTRY_COLUMNS
            + ", o.last_error, o.settled_at" + ENTRIES + " WHERE o.status = 'DEAD'"
            + " ORDER BY o.settled_at, o.payment_id, o.seq LIMIT ?")) {
      select.setInt(1, limit);
      java.util.List<DeadLetter> letters = new ArrayList<>();
      try (ResultSet rs = select.executeQuery()) {
        int after = EVENT_COLUMN + PaymentEventRows.COLUMN_COUNT;
        while (rs.next()) {
          String error = rs.getString(after);
          letters.add(new DeadLetter(entry(rs), error == null ? "" : error,
              instant(rs, after + 1)));
        }
      }
      return List.ofAll(letters);
    } catch (SQLException e) {
      throw failure("listing dead letters", e);
    }
  }

  @Override
  public boolean replay(EventId id, Instant now) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(now, "now");
    return update("replaying dead letter " + id, "UPDATE payment_outbox SET " + REPLAYED
        + " WHERE payment_id = ? AND seq = ? AND status = 'DEAD'", statement -> {
          setInstant(statement, 1, now);
          statement.setString(2, id.paymentId().value());
          statement.setInt(3, id.sequence());
        }) == 1;
  }

  @Override
  public int replayAll(Instant now) {
    Objects.requireNonNull(now, "now");
    return update("replaying dead letters", "UPDATE payment_outbox SET " + REPLAYED
        + " WHERE status = 'DEAD'", statement -> setInstant(statement, 1, now));
  }

  // ---------------------------------------------------------------- housekeeping

  @Override
  public int pruneDelivered(Instant deliveredBefore, int limit) {
    Objects.requireNonNull(deliveredBefore, "deliveredBefore");
    PaymentOutbox.requireLimit(limit);
    return update("pruning delivered outbox entries", "DELETE FROM payment_outbox "
        + "WHERE (payment_id, seq) IN (SELECT payment_id, seq FROM payment_outbox "
        + "WHERE status = 'DELIVERED' AND settled_at < ? "
        + "ORDER BY settled_at, payment_id, seq LIMIT ?)", statement -> {
          setInstant(statement, 1, deliveredBefore);
          statement.setInt(2, limit);
        });
  }

  @Override
  public OutboxCounts counts() {
    long pending = 0;
    long failing = 0;
    long dead = 0;
    long delivered = 0;
    Instant oldestPending = null;
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement("SELECT status, COUNT(*), "
            + "SUM(CASE WHEN attempts > 0 THEN 1 ELSE 0 END), MIN(created_at) "
            + "FROM payment_outbox GROUP BY status");
        ResultSet rs = select.executeQuery()) {
      while (rs.next()) {
        switch (rs.getString(1)) {
          case "PENDING" -> {
            pending = rs.getLong(2);
            failing = rs.getLong(3);
            oldestPending = instant(rs, 4);
          }
          case "DELIVERED" -> delivered = rs.getLong(2);
          case "DEAD" -> dead = rs.getLong(2);
          default -> throw new IllegalStateException("unknown outbox status " + rs.getString(1));
        }
      }
    } catch (SQLException e) {
      throw failure("counting outbox entries", e);
    }
    return new OutboxCounts(pending, failing, dead, delivered, Option.of(oldestPending));
  }

  // ---------------------------------------------------------------- mapping

  /** The entry in {@link #ENTRY_COLUMNS} of the current row. */
  private static OutboxEntry entry(ResultSet rs) throws SQLException {
    PaymentId paymentId = new PaymentId(rs.getString(1));
    EventId id = new EventId(paymentId, rs.getInt(2));
    return new OutboxEntry(id, PaymentEventRows.read(rs, EVENT_COLUMN, paymentId), instant(rs, 4),
        rs.getInt(3));
  }

  private boolean isPostgres(Connection connection) throws SQLException {
    Boolean known = postgres;
    if (known == null) {
      known = SqlSupport.isPostgres(connection);
      postgres = known;
    }
    return known;
  }
}
