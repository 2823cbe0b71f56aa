package io.taksit.adapters.persistence.jdbc;

import static io.taksit.adapters.persistence.jdbc.SqlSupport.instant;

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
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;

/**
 * Maps {@code payments} rows, with their attempts and events, to {@link Payment}s: the payments a
 * select names are read first, then the attempts of all of them in one query and their events in
 * another, whatever their number (no query per payment).
 */
final class PaymentRows {

  static final String COLUMNS = "id, idempotency_key, request_fingerprint, "
      + "biller_id, provider_id, account, bill_reference, amount, currency, invoices, "
      + "fee_amount, fee_fee, fee_tax, fee_discount, fee_total, fee_source, status, "
      + "status_checks, next_check_at, review_reason, attempt_count, event_count, version, "
      + "created_at, updated_at";

  private PaymentRows() {}

  /** The payments {@code select} (over {@link #COLUMNS}) names, in its order. */
  static List<Payment> readAll(Connection connection, PreparedStatement select)
      throws SQLException {
    java.util.List<Row> rows = new ArrayList<>();
    try (ResultSet rs = select.executeQuery()) {
      while (rs.next()) {
        rows.add(Row.read(rs));
      }
    }
    if (rows.isEmpty()) {
      return List.empty();
    }
    Map<String, java.util.List<Attempt>> attempts = attempts(connection, rows);
    Map<String, java.util.List<PaymentEvent>> events = events(connection, rows);
    return List.ofAll(rows).map(row -> row.toPayment(
        List.ofAll(attempts.getOrDefault(row.id, java.util.List.of()))
            .filter(attempt -> attempt.number() <= row.attemptCount),
        List.ofAll(events.getOrDefault(row.id, java.util.List.of()))));
  }

  private static String placeholders(int count) {
    return String.join(", ", Collections.nCopies(count, "?"));
  }

  private static void bindIds(PreparedStatement select, java.util.List<Row> rows)
      throws SQLException {
    int i = 0;
    for (Row row : rows) {
      select.setString(++i, row.id);
    }
  }

  /**
   * Every stored attempt of {@code rows}' payments, by payment, oldest first. The caller keeps
   * those the row counts: an attempt appended since the row was read belongs to a later version.
   */
  private static Map<String, java.util.List<Attempt>> attempts(Connection connection,
      java.util.List<Row> rows) throws SQLException {
    Map<String, java.util.List<Attempt>> attempts = new HashMap<>();
    try (PreparedStatement select = connection.prepareStatement("SELECT payment_id, number, "
        + "retry, sent_at, answered_at, outcome, provider_reference, provider_code, "
        + "provider_message, reason FROM payment_attempts WHERE payment_id IN ("
        + placeholders(rows.size()) + ") ORDER BY payment_id, number")) {
      bindIds(select, rows);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          attempts.computeIfAbsent(rs.getString(1), id -> new ArrayList<>()).add(new Attempt(
              rs.getInt(2), rs.getBoolean(3), instant(rs, 4), instant(rs, 5),
              OutcomeKind.valueOf(rs.getString(6)),
              new ProviderAnswer(Option.of(rs.getString(7)), Option.of(rs.getString(8)),
                  Option.of(rs.getString(9))), rs.getString(10)));
        }
      }
    }
    return attempts;
  }

  /** The stored events of {@code rows}' payments that the rows count, by payment, in sequence. */
  private static Map<String, java.util.List<PaymentEvent>> events(Connection connection,
      java.util.List<Row> rows) throws SQLException {
    Map<String, Integer> counts = new HashMap<>();
    rows.forEach(row -> counts.put(row.id, row.eventCount));
    Map<String, java.util.List<PaymentEvent>> events = new HashMap<>();
    try (PreparedStatement select = connection.prepareStatement("SELECT e.payment_id, e.seq, "
        + PaymentEventRows.columns("e") + " FROM payment_events e WHERE e.payment_id IN ("
        + placeholders(rows.size()) + ") ORDER BY e.payment_id, e.seq")) {
      bindIds(select, rows);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          String id = rs.getString(1);
          // An event appended since the row was read belongs to a later version.
          if (rs.getInt(2) <= counts.get(id)) {
            events.computeIfAbsent(id, key -> new ArrayList<>())
                .add(PaymentEventRows.read(rs, 3, new PaymentId(id)));
          }
        }
      }
    }
    return events;
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

}
