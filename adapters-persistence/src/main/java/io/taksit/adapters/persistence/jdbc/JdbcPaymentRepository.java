package io.taksit.adapters.persistence.jdbc;

import static io.taksit.adapters.persistence.jdbc.SqlSupport.instant;
import static io.taksit.adapters.persistence.jdbc.SqlSupport.setInstant;

import io.taksit.application.port.out.PaymentQuery;
import io.taksit.application.port.out.PaymentRepository;
import io.taksit.application.port.out.SaveOutcome;
import io.taksit.application.port.out.VersionConflict;
import io.taksit.domain.bill.AccountRef;
import io.taksit.domain.bill.BillReference;
import io.taksit.domain.bill.BillerId;
import io.taksit.domain.fee.FeeQuote;
import io.taksit.domain.fee.FeeSource;
import io.taksit.domain.money.Money;
import io.taksit.domain.payment.Attempt;
import io.taksit.domain.payment.IdempotencyKey;
import io.taksit.domain.payment.OutcomeKind;
import io.taksit.domain.payment.Payment;
import io.taksit.domain.payment.PaymentDetails;
import io.taksit.domain.payment.PaymentEvent;
import io.taksit.domain.payment.PaymentId;
import io.taksit.domain.payment.PaymentStatus;
import io.taksit.domain.payment.ProviderAnswer;
import io.taksit.domain.provider.ProviderId;
import io.vavr.collection.List;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
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
 */
public final class JdbcPaymentRepository implements PaymentRepository {

  private static final long NOT_STORED = -1;
  private static final String UNIQUE_VIOLATION = "23505";
  /** H2: the row was changed by a concurrent transaction; the optimistic update lost. */
  private static final int H2_CONCURRENT_UPDATE = 90131;
  private static final int SAVE_TRIES = 50;

  private static final String PAYMENT_COLUMNS = "id, idempotency_key, request_fingerprint, "
      + "biller_id, provider_id, account, bill_reference, amount, currency, invoices, "
      + "fee_amount, fee_fee, fee_tax, fee_discount, fee_total, fee_source, status, "
      + "status_checks, next_check_at, review_reason, attempt_count, event_count, version, "
      + "created_at, updated_at";

  private static final String AWAITING = "status IN ('CREATED', 'PENDING', 'UNKNOWN')";
  private static final String DUE = AWAITING
      + " AND next_check_at <= ? AND (lease_until IS NULL OR lease_until <= ?)";

  /** Oldest due first; ties by id, as the claim query orders them. */
  private static final Comparator<Payment> DUE_ORDER = Comparator
      .comparing((Payment payment) -> payment.nextCheckAt().getOrElse(Instant.MAX))
      .thenComparing(payment -> payment.id().value());

  private final DataSource dataSource;
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
        insert(stored);
        return new SaveOutcome.Inserted(stored);
      } catch (SQLException e) {
        if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
          throw failure("saving payment " + stored.id(), e);
        }
      }
      Option<Payment> owner = findByIdempotencyKey(stored.idempotencyKey());
      if (owner.isDefined()) {
        return new SaveOutcome.KeyTaken(owner.get());
      }
      if (isLive(stored)) {
        Option<Payment> live = findOne("live_bill = ?", liveBill(stored));
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

  /** Live payments hold their bill; a DECLINED one has let it go for good (a terminal status). */
  private static boolean isLive(Payment payment) {
    return payment.status() != PaymentStatus.DECLINED;
  }

  /** The {@code live_bill} value: a biller id cannot contain '|', so the pair reads back apart. */
  private static String liveBill(Payment payment) {
    return payment.details().billerId().value() + "|" + payment.details().billReference().value();
  }

  private void insert(Payment payment) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO payments ("
            + PAYMENT_COLUMNS + ", live_bill) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
          PaymentDetails details = payment.details();
          int i = 0;
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
          insert.executeUpdate();
        }
        appendHistory(connection, payment, 0, 0);
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    }
  }

  /** The columns a transition changes, in {@link #PAYMENT_COLUMNS} order from status on. */
  private static int setState(PreparedStatement statement, int index, Payment payment)
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

  // ---------------------------------------------------------------- update

  @Override
  public Either<VersionConflict, Payment> update(Payment changed) {
    Objects.requireNonNull(changed, "changed");
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        Either<VersionConflict, Payment> result = update(connection, changed);
        if (result.isRight()) {
          connection.commit();
        } else {
          connection.rollback();
        }
        return result;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        if (e instanceof SQLException sql && sql.getErrorCode() == H2_CONCURRENT_UPDATE) {
          return Either.left(new VersionConflict(changed.id(), changed.version(),
              storedVersion(changed.id())));
        }
        throw e;
      }
    } catch (SQLException e) {
      throw failure("updating payment " + changed.id(), e);
    }
  }

  private Either<VersionConflict, Payment> update(Connection connection, Payment changed)
      throws SQLException {
    int rows;
    // Only a decline changes live_bill: it frees the bill. No transition leads out of DECLINED,
    // and a live payment's column is left as stored (NULL for a duplicate older than the guard).
    String freeBill = isLive(changed) ? "" : "live_bill = NULL, ";
    try (PreparedStatement update = connection.prepareStatement("UPDATE payments SET "
        + "status = ?, status_checks = ?, next_check_at = ?, review_reason = ?, "
        + "attempt_count = ?, event_count = ?, updated_at = ?, " + freeBill
        + "version = version + 1 WHERE id = ? AND version = ? AND idempotency_key = ?")) {
      int i = setState(update, 0, changed);
      setInstant(update, ++i, changed.updatedAt());
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
    int storedAttempts = count(connection, "payment_attempts", changed.id());
    int storedEvents = count(connection, "payment_events", changed.id());
    if (storedAttempts > changed.attempts().size() || storedEvents > changed.events().size()) {
      throw new IllegalArgumentException("payment " + changed.id()
          + " has fewer attempts or events than stored: they are append-only");
    }
    appendHistory(connection, changed, storedAttempts, storedEvents);
    return Either.right(changed.withVersion(changed.version() + 1));
  }

  private long storedVersion(PaymentId id) {
    try (Connection connection = dataSource.getConnection()) {
      return storedVersion(connection, id);
    } catch (SQLException e) {
      throw failure("reading the version of payment " + id, e);
    }
  }

  private static long storedVersion(Connection connection, PaymentId id) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("SELECT version FROM payments WHERE id = ?")) {
      select.setString(1, id.value());
      try (ResultSet rs = select.executeQuery()) {
        return rs.next() ? rs.getLong(1) : NOT_STORED;
      }
    }
  }

  private static int count(Connection connection, String table, PaymentId id)
      throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT COUNT(*) FROM " + table + " WHERE payment_id = ?")) {
      select.setString(1, id.value());
      try (ResultSet rs = select.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  private static void appendHistory(Connection connection, Payment payment, int storedAttempts,
      int storedEvents) throws SQLException {
    List<Attempt> attempts = payment.attempts().drop(storedAttempts);
    if (!attempts.isEmpty()) {
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO payment_attempts "
          + "(payment_id, number, retry, sent_at, answered_at, outcome, provider_reference, "
          + "provider_code, provider_message, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        for (Attempt attempt : attempts) {
          int i = 0;
          insert.setString(++i, payment.id().value());
          insert.setInt(++i, attempt.number());
          insert.setBoolean(++i, attempt.retry());
          setInstant(insert, ++i, attempt.sentAt());
          setInstant(insert, ++i, attempt.answeredAt());
          insert.setString(++i, attempt.outcome().name());
          insert.setString(++i, attempt.answer().reference().getOrNull());
          insert.setString(++i, attempt.answer().code().getOrNull());
          insert.setString(++i, attempt.answer().message().getOrNull());
          insert.setString(++i, attempt.reason());
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
            "SELECT " + PAYMENT_COLUMNS + " FROM payments WHERE " + condition)) {
      select.setString(1, value);
      return readAll(connection, select).headOption();
    } catch (SQLException e) {
      throw failure("reading a payment", e);
    }
  }

  @Override
  public List<Payment> find(PaymentQuery query) {
    Objects.requireNonNull(query, "query");
    java.util.List<String> conditions = new ArrayList<>();
    java.util.List<String> values = new ArrayList<>();
    query.status().forEach(status -> add(conditions, values, "status", status.name()));
    query.biller().forEach(biller -> add(conditions, values, "biller_id", biller.value()));
    query.account().forEach(account -> add(conditions, values, "account", account.value()));
    query.billReference()
        .forEach(reference -> add(conditions, values, "bill_reference", reference.value()));
    if (query.needsReview()) {
      // A payment is flagged for review exactly while it holds a review reason.
      conditions.add("review_reason IS NOT NULL");
    }
    String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement("SELECT " + PAYMENT_COLUMNS
            + " FROM payments" + where + " ORDER BY created_at DESC, id ASC LIMIT ?")) {
      int i = 0;
      for (String value : values) {
        select.setString(++i, value);
      }
      select.setInt(++i, query.limit());
      return readAll(connection, select);
    } catch (SQLException e) {
      throw failure("finding payments", e);
    }
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
    try (Connection connection = dataSource.getConnection()) {
      List<PaymentId> claimed = isPostgres(connection)
          ? claimLocked(connection, now, limit, lease)
          : claimConditionally(connection, now, limit, lease);
      java.util.List<Payment> payments = new ArrayList<>();
      for (PaymentId id : claimed) {
        try (PreparedStatement select = connection.prepareStatement(
            "SELECT " + PAYMENT_COLUMNS + " FROM payments WHERE id = ?")) {
          select.setString(1, id.value());
          readAll(connection, select).forEach(payments::add);
        }
      }
      // Claims made in several rounds (H2) may interleave: hand them out oldest due first.
      return List.ofAll(payments).sorted(DUE_ORDER);
    } catch (SQLException e) {
      throw failure("claiming due payments", e);
    }
  }

  /** PostgreSQL: lock the due rows no other claimer holds, lease them, in one transaction. */
  private static List<PaymentId> claimLocked(Connection connection, Instant now, int limit,
      Duration lease) throws SQLException {
    connection.setAutoCommit(false);
    try {
      java.util.List<PaymentId> ids = new ArrayList<>();
      try (PreparedStatement select = connection.prepareStatement("SELECT id FROM payments WHERE "
          + DUE + " ORDER BY next_check_at, id LIMIT ? FOR UPDATE SKIP LOCKED")) {
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
      connection.commit();
      return List.ofAll(ids);
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }

  /**
   * H2 has no SKIP LOCKED: each candidate is leased by its own conditional update, and only the
   * claimer whose update changed the row has it.
   */
  private static List<PaymentId> claimConditionally(Connection connection, Instant now,
      int limit, Duration lease) throws SQLException {
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

  private boolean isPostgres(Connection connection) throws SQLException {
    Boolean known = postgres;
    if (known == null) {
      known = SqlSupport.isPostgres(connection);
      postgres = known;
    }
    return known;
  }

  // ---------------------------------------------------------------- mapping

  private static List<Payment> readAll(Connection connection, PreparedStatement select)
      throws SQLException {
    java.util.List<Payment> payments = new ArrayList<>();
    java.util.List<Row> rows = new ArrayList<>();
    try (ResultSet rs = select.executeQuery()) {
      while (rs.next()) {
        rows.add(Row.read(rs));
      }
    }
    for (Row row : rows) {
      payments.add(row.toPayment(attempts(connection, row), events(connection, row)));
    }
    return List.ofAll(payments);
  }

  private static List<Attempt> attempts(Connection connection, Row row) throws SQLException {
    java.util.List<Attempt> attempts = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement("SELECT number, retry, sent_at, "
        + "answered_at, outcome, provider_reference, provider_code, provider_message, reason "
        + "FROM payment_attempts WHERE payment_id = ? AND number <= ? ORDER BY number")) {
      select.setString(1, row.id);
      select.setInt(2, row.attemptCount);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          attempts.add(new Attempt(rs.getInt(1), rs.getBoolean(2), instant(rs, 3),
              instant(rs, 4), OutcomeKind.valueOf(rs.getString(5)),
              new ProviderAnswer(Option.of(rs.getString(6)), Option.of(rs.getString(7)),
                  Option.of(rs.getString(8))), rs.getString(9)));
        }
      }
    }
    return List.ofAll(attempts);
  }

  private static List<PaymentEvent> events(Connection connection, Row row) throws SQLException {
    java.util.List<PaymentEvent> events = new ArrayList<>();
    PaymentId id = new PaymentId(row.id);
    try (PreparedStatement select = connection.prepareStatement("SELECT "
        + PaymentEventRows.columns("e") + " FROM payment_events e "
        + "WHERE e.payment_id = ? AND e.seq <= ? ORDER BY e.seq")) {
      select.setString(1, row.id);
      select.setInt(2, row.eventCount);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          events.add(PaymentEventRows.read(rs, 1, id));
        }
      }
    }
    return List.ofAll(events);
  }

  /** One row of {@code payments}, read before its attempts and events. */
  private static final class Row {
    String id;
    String key;
    String fingerprint;
    String biller;
    String provider;
    String account;
    String billReference;
    BigDecimal amount;
    Currency currency;
    String invoices;
    BigDecimal feeAmount;
    BigDecimal feeFee;
    BigDecimal feeTax;
    BigDecimal feeDiscount;
    BigDecimal feeTotal;
    String feeSource;
    PaymentStatus status;
    int statusChecks;
    Instant nextCheckAt;
    String reviewReason;
    int attemptCount;
    int eventCount;
    long version;
    Instant createdAt;
    Instant updatedAt;

    static Row read(ResultSet rs) throws SQLException {
      Row row = new Row();
      int i = 0;
      row.id = rs.getString(++i);
      row.key = rs.getString(++i);
      row.fingerprint = rs.getString(++i);
      row.biller = rs.getString(++i);
      row.provider = rs.getString(++i);
      row.account = rs.getString(++i);
      row.billReference = rs.getString(++i);
      row.amount = rs.getBigDecimal(++i);
      row.currency = Currency.getInstance(rs.getString(++i).trim());
      row.invoices = rs.getString(++i);
      row.feeAmount = rs.getBigDecimal(++i);
      row.feeFee = rs.getBigDecimal(++i);
      row.feeTax = rs.getBigDecimal(++i);
      row.feeDiscount = rs.getBigDecimal(++i);
      row.feeTotal = rs.getBigDecimal(++i);
      row.feeSource = rs.getString(++i);
      row.status = PaymentStatus.valueOf(rs.getString(++i));
      row.statusChecks = rs.getInt(++i);
      row.nextCheckAt = instant(rs, ++i);
      row.reviewReason = rs.getString(++i);
      row.attemptCount = rs.getInt(++i);
      row.eventCount = rs.getInt(++i);
      row.version = rs.getLong(++i);
      row.createdAt = instant(rs, ++i);
      row.updatedAt = instant(rs, ++i);
      return row;
    }

    Payment toPayment(List<Attempt> attempts, List<PaymentEvent> events) {
      Option<FeeQuote> fee = feeSource == null ? Option.none() : Option.some(new FeeQuote(
          money(feeAmount), money(feeFee), money(feeTax), money(feeDiscount), money(feeTotal),
          FeeSource.valueOf(feeSource)));
      SortedSet<Integer> invoiceSet = invoices.isEmpty() ? TreeSet.empty()
          : TreeSet.ofAll(List.of(invoices.split(",")).map(Integer::valueOf));
      PaymentDetails details = new PaymentDetails(new BillerId(biller), new ProviderId(provider),
          new AccountRef(account), new BillReference(billReference), money(amount), invoiceSet,
          fee);
      return Payment.restore(new PaymentId(id), new IdempotencyKey(key), fingerprint, details,
          status, attempts, events, statusChecks, Option.of(nextCheckAt),
          Option.of(reviewReason), version, createdAt, updatedAt);
    }

    private Money money(BigDecimal value) {
      return Money.of(value, currency).getOrElseThrow(error -> new IllegalStateException(
          "stored amount " + value + " " + currency + " is not valid money: " + error));
    }
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
