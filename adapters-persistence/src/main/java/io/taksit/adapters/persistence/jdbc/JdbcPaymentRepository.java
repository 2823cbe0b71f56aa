package io.taksit.adapters.persistence.jdbc;

import io.taksit.application.port.out.PaymentQuery;
import io.taksit.application.port.out.PaymentRepository;
import io.taksit.application.port.out.SaveOutcome;
import io.taksit.application.port.out.VersionConflict;
import io.taksit.domain.payment.IdempotencyKey;
import io.taksit.domain.payment.Payment;
import io.taksit.domain.payment.PaymentId;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Payments in PostgreSQL or H2 (PostgreSQL mode) over plain JDBC. Concurrency is settled by the
 * database: the unique idempotency key decides which of two saves wins, an update is a
 * compare-and-set on the version, and a claim is a lease written under a row lock (PostgreSQL
 * {@code FOR UPDATE SKIP LOCKED}) or by a conditional update (H2), so that several hosts sharing
 * one database hand each due payment to one claimer per lease. A bill has at most one live
 * payment (any status but DECLINED): the {@code live_bill} column holds {@code biller|reference}
 * while a payment is live and NULL once it is declined, under a unique constraint, so the
 * database decides which of two instances racing with two keys for one bill stores its payment.
 * Every new event is written with an entry of the transactional outbox ({@code payment_outbox},
 * read by {@link JdbcPaymentOutbox}) in the transaction that stores it.
 *
 * <p>Instants are stored as UTC timestamps with microseconds; finer digits are truncated.
 *
 * <p>In pieces: {@link PaymentWrites} inserts and updates (on PostgreSQL
 * {@link PostgresPaymentWrites}, one statement each), {@link PaymentClaims} leases due
 * payments (one strategy per database), {@link PaymentRows} maps rows with their attempts and
 * events; this class keeps the port's contract and its retries. Transactions go through
 * {@link SqlSupport#inTransaction} only.
 */
public final class JdbcPaymentRepository implements PaymentRepository {

  private static final int SAVE_TRIES = 50;

  /** Oldest due first; ties by id, as the claim query orders them. */
  private static final Comparator<Payment> DUE_ORDER = Comparator
      .comparing((Payment payment) -> payment.nextCheckAt().getOrElse(Instant.MAX))
      .thenComparing(payment -> payment.id().value());

  private final DataSource dataSource;
  private volatile PaymentClaims claims;
  private volatile Boolean postgres;

  public JdbcPaymentRepository(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  // ---------------------------------------------------------------- saveNew

  @Override
  public SaveOutcome saveNew(Payment payment) {
    Objects.requireNonNull(payment, "payment");
    Payment stored = payment.withVersion(0);
    for (int attempt = 0; attempt < SAVE_TRIES; attempt++) {
      try {
        if (isPostgres()) {
          PostgresPaymentWrites.insert(dataSource, stored);
        } else {
          PaymentWrites.insert(dataSource, stored);
        }
        return new SaveOutcome.Inserted(stored);
      } catch (SQLException e) {
        if (!SqlSupport.UNIQUE_VIOLATION.equals(e.getSQLState())) {
          throw failure("saving payment " + stored.id(), e);
        }
      }
      Option<Payment> owner = findByIdempotencyKey(stored.idempotencyKey());
      if (owner.isDefined()) {
        return new SaveOutcome.KeyTaken(owner.get());
      }
      if (PaymentWrites.isLive(stored)) {
        Option<Payment> live = findOne("live_bill = ?", PaymentWrites.liveBill(stored));
        if (live.isDefined()) {
          return new SaveOutcome.BillTaken(live.get());
        }
      }
      if (findById(stored.id()).isDefined()) {
        // Ids are generated and never repeat; a clash is a bug in the caller.
        throw new IllegalStateException("payment " + stored.id()
            + " is already stored under another idempotency key");
      }
      // The conflicting insert was not committed yet, or rolled back: try again.
      pause();
    }
    throw new PersistenceException("saving payment " + stored.id()
        + ": its idempotency key or bill stayed contested", null);
  }

  // ---------------------------------------------------------------- update

  @Override
  public Either<VersionConflict, Payment> update(Payment changed) {
    Objects.requireNonNull(changed, "changed");
    try {
      if (isPostgres()) {
        return PostgresPaymentWrites.update(dataSource, changed);
      }
      // A conflict found by the conditional update changed nothing, so committing it is harmless.
      return SqlSupport.inTransaction(dataSource,
          connection -> PaymentWrites.update(connection, changed));
    } catch (SQLException e) {
      if (e.getErrorCode() == SqlSupport.H2_CONCURRENT_UPDATE) {
        return Either.left(new VersionConflict(changed.id(), changed.version(),
            storedVersion(changed.id())));
      }
      throw failure("updating payment " + changed.id(), e);
    }
  }

  private long storedVersion(PaymentId id) {
    try (Connection connection = dataSource.getConnection()) {
      return PaymentWrites.storedVersion(connection, id);
    } catch (SQLException e) {
      throw failure("reading the version of payment " + id, e);
    }
  }

  // ---------------------------------------------------------------- reads

  @Override
  public Option<Payment> findById(PaymentId id) {
    Objects.requireNonNull(id, "id");
    return findOne("id = ?", id.value());
  }

  @Override
  public Option<Payment> findByIdempotencyKey(IdempotencyKey key) {
    Objects.requireNonNull(key, "key");
    return findOne("idempotency_key = ?", key.value());
  }

  private Option<Payment> findOne(String condition, String value) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(
            "SELECT " + PaymentRows.COLUMNS + " FROM payments WHERE " + condition)) {
      select.setString(1, value);
      return PaymentRows.readAll(connection, select).headOption();
    } catch (SQLException e) {
      throw failure("reading a payment", e);
    }
  }

  @Override
  public List<Payment> find(PaymentQuery query) {
    Objects.requireNonNull(query, "query");
    java.util.List<String> values = new ArrayList<>();
    String where = where(query, values);
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement("SELECT " + PaymentRows.COLUMNS
            + " FROM payments" + where + " ORDER BY created_at DESC, id ASC LIMIT ?")) {
      int i = 0;
      for (String value : values) {
        select.setString(++i, value);
      }
      select.setInt(++i, query.limit());
      return PaymentRows.readAll(connection, select);
    } catch (SQLException e) {
      throw failure("finding payments", e);
    }
  }

  @Override
  public long count(PaymentQuery query) {
    Objects.requireNonNull(query, "query");
    java.util.List<String> values = new ArrayList<>();
    String where = where(query, values);
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(
            "SELECT COUNT(*) FROM payments" + where)) {
      int i = 0;
      for (String value : values) {
        select.setString(++i, value);
      }
      try (java.sql.ResultSet rows = select.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    } catch (SQLException e) {
      throw failure("counting payments", e);
    }
  }

  /** The query's criteria as a WHERE clause (empty without criteria), its values in order. */
  private static String where(PaymentQuery query, java.util.List<String> values) {
    java.util.List<String> conditions = new ArrayList<>();
    query.status().forEach(status -> add(conditions, values, "status", status.name()));
    query.biller().forEach(biller -> add(conditions, values, "biller_id", biller.value()));
    query.account().forEach(account -> add(conditions, values, "account", account.value()));
    query.billReference()
        .forEach(reference -> add(conditions, values, "bill_reference", reference.value()));
    if (query.needsReview()) {
      // A payment is flagged for review exactly while it holds a review reason.
      conditions.add("review_reason IS NOT NULL");
    }
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  private static void add(java.util.List<String> conditions, java.util.List<String> values,
      String column, String value) {
    conditions.add(column + " = ?");
    values.add(value);
  }

  // ---------------------------------------------------------------- claimDue

  @Override
  public List<Payment> claimDue(Instant now, int limit, Duration lease) {
    PaymentRepository.requireValidClaim(now, limit, lease);
    try {
      List<PaymentId> claimed = claims().claim(dataSource, now, limit, lease);
      if (claimed.isEmpty()) {
        return List.empty();
      }
      try (Connection connection = dataSource.getConnection();
          PreparedStatement select = connection.prepareStatement("SELECT "
              + PaymentRows.COLUMNS + " FROM payments WHERE id IN ("
              + String.join(", ", Collections.nCopies(claimed.size(), "?")) + ")")) {
        int i = 0;
        for (PaymentId id : claimed) {
          select.setString(++i, id.value());
        }
        // Claims made in several rounds (H2) may interleave: hand them out oldest due first.
        return PaymentRows.readAll(connection, select).sorted(DUE_ORDER);
      }
    } catch (SQLException e) {
      throw failure("claiming due payments", e);
    }
  }

  private PaymentClaims claims() throws SQLException {
    PaymentClaims known = claims;
    if (known == null) {
      try (Connection connection = dataSource.getConnection()) {
        known = PaymentClaims.of(connection);
      }
      claims = known;
    }
    return known;
  }

  /** PostgreSQL writes a payment in one statement ({@link PostgresPaymentWrites}). */
  private boolean isPostgres() throws SQLException {
    Boolean known = postgres;
    if (known == null) {
      try (Connection connection = dataSource.getConnection()) {
        known = SqlSupport.isPostgres(connection);
      }
      postgres = known;
    }
    return known;
  }

  private static void pause() {
    try {
      Thread.sleep(2);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PersistenceException("interrupted while saving a payment", e);
    }
  }

  private static PersistenceException failure(String action, SQLException e) {
    return new PersistenceException(action + " failed: " + e.getMessage(), e);
  }
}
