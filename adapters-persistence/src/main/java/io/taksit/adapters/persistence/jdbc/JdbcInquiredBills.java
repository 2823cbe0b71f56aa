package io.taksit.adapters.persistence.jdbc;

import static io.taksit.adapters.persistence.jdbc.SqlSupport.currency;
import static io.taksit.adapters.persistence.jdbc.SqlSupport.decimal;
import static io.taksit.adapters.persistence.jdbc.SqlSupport.failure;
import static io.taksit.adapters.persistence.jdbc.SqlSupport.instant;
import static io.taksit.adapters.persistence.jdbc.SqlSupport.money;
import static io.taksit.adapters.persistence.jdbc.SqlSupport.moneyFromText;
import static io.taksit.adapters.persistence.jdbc.SqlSupport.setInstant;

import io.taksit.application.port.out.InquiredBills;
import io.taksit.domain.bill.AccountRef;
import io.taksit.domain.bill.Bill;
import io.taksit.domain.bill.BillReference;
import io.taksit.domain.bill.BillerId;
import io.taksit.domain.bill.Invoice;
import io.taksit.domain.bill.InvoiceExpenses;
import io.taksit.domain.money.Money;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The latest inquiry answer per bill reference, in table {@code inquired_bills}, so that a bill
 * inquired through one host instance can be quoted and paid through another. A bill is one row,
 * its invoices and provider fields a compact JSON text (amounts as decimal strings in the bill's
 * currency), so a reader always gets one whole answer even while another instance replaces it.
 *
 * <p>Rows do not pile up: {@link #pruneStale} (the runtime's housekeeping) deletes the bills
 * that went stale, {@code retention} after their expiry, or, for a bill without one,
 * {@code retention} after it was remembered; a {@link #remember} is one write and nothing else.
 * Until then an expired bill is still found, so a late payment is refused as "bill expired"
 * rather than "inquire first". Instants keep microseconds.
 */
public final class JdbcInquiredBills implements InquiredBills {

  /** How long a bill is kept past its expiry, or past its inquiry when it has no expiry. */
  public static final Duration DEFAULT_RETENTION = Duration.ofDays(1);

  private static final String COLUMNS = "biller_id, account, customer_name, currency, total_due, "
      + "invoices, data_fields, expires_at, remembered_at";

  private final DataSource dataSource;
  private final Clock clock;
  private final Duration retention;

  /** With the system clock and {@link #DEFAULT_RETENTION}. */
  public JdbcInquiredBills(DataSource dataSource) {
    this(dataSource, Clock.systemUTC(), DEFAULT_RETENTION);
  }

  /**
   * @param clock when a bill is remembered, and what "stale" is measured from
   * @param retention how long a bill is kept past its expiry (or past its inquiry, without one)
   */
  public JdbcInquiredBills(DataSource dataSource, Clock clock, Duration retention) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.retention = Objects.requireNonNull(retention, "retention");
    if (retention.isNegative() || retention.isZero()) {
      throw new IllegalArgumentException("retention must be positive, was " + retention);
    }
  }

  /** Remembers the bill under its reference; a new inquiry replaces the earlier answer. */
  @Override
  public void remember(Bill bill) {
    Objects.requireNonNull(bill, "bill");
    Instant now = clock.instant();
    String invoices = StoredJson.write(bill.invoices().map(JdbcInquiredBills::invoice).asJava());
    String fields = StoredJson.write(bill.data().toJavaMap(java.util.LinkedHashMap::new,
        entry -> entry));
    try {
      SqlSupport.insertOrReplace(dataSource,
          "INSERT INTO inquired_bills (" + COLUMNS + ", bill_reference) "
              + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          insert -> {
            int i = bindFields(insert, 0, bill, invoices, fields, now);
            insert.setString(++i, bill.reference().value());
          },
          "UPDATE inquired_bills SET biller_id = ?, account = ?, customer_name = ?, currency = ?, "
              + "total_due = ?, invoices = ?, data_fields = ?, expires_at = ?, remembered_at = ? "
              + "WHERE bill_reference = ?",
          update -> {
            int i = bindFields(update, 0, bill, invoices, fields, now);
            update.setString(++i, bill.reference().value());
          });
    } catch (SQLException e) {
      throw failure("remembering bill " + bill.reference(), e);
    }
  }

  /** Deletes the bills kept {@code retention} past their expiry, or past their inquiry without one. */
  @Override
  public int pruneStale(Instant now) {
    Instant staleBefore = Objects.requireNonNull(now, "now").minus(retention);
    try (Connection connection = dataSource.getConnection();
        PreparedStatement delete = connection.prepareStatement("DELETE FROM inquired_bills "
            + "WHERE expires_at < ? OR (expires_at IS NULL AND remembered_at < ?)")) {
      setInstant(delete, 1, staleBefore);
      setInstant(delete, 2, staleBefore);
      return delete.executeUpdate();
    } catch (SQLException e) {
      throw failure("forgetting stale bills", e);
    }
  }

  /** The columns before the reference, in {@link #COLUMNS} order. */
  private static int bindFields(PreparedStatement statement, int index, Bill bill,
      String invoices, String fields, Instant now) throws SQLException {
    int i = index;
    statement.setString(++i, bill.billerId().value());
    statement.setString(++i, bill.account().value());
    statement.setString(++i, bill.customerName().getOrNull());
    statement.setString(++i, bill.currency().getCurrencyCode());
    statement.setBigDecimal(++i, bill.totalDue().amount());
    statement.setString(++i, invoices);
    statement.setString(++i, fields);
    setInstant(statement, ++i, bill.expiresAt().getOrNull());
    setInstant(statement, ++i, now);
    return i;
  }

  private static Map<String, Object> invoice(Invoice invoice) {
    Map<String, Object> json = new java.util.LinkedHashMap<>();
    json.put("sequence", invoice.sequence());
    json.put("alias", invoice.alias());
    json.put("amount", decimal(invoice.amount()));
    json.put("minimum", decimal(invoice.minimum().getOrNull()));
    json.put("maximum", decimal(invoice.maximum().getOrNull()));
    json.put("dueDate", invoice.dueDate().map(LocalDate::toString).getOrNull());
    json.put("mandatory", invoice.mandatory());
    // Written only when listed, so rows stored before expenses were kept read the same.
    invoice.expenses().forEach(expenses -> {
      Map<String, Object> listed = new java.util.LinkedHashMap<>();
      listed.put("total", decimal(expenses.total()));
      listed.put("firm", decimal(expenses.firmPart().getOrNull()));
      listed.put("dealer", decimal(expenses.dealerPart().getOrNull()));
      json.put("expenses", listed);
    });
    return json;
  }

  @Override
  public Option<Bill> find(BillReference reference) {
    Objects.requireNonNull(reference, "reference");
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(
            "SELECT " + COLUMNS + " FROM inquired_bills WHERE bill_reference = ?")) {
      select.setString(1, reference.value());
      try (ResultSet rs = select.executeQuery()) {
        return rs.next() ? Option.some(bill(reference, rs)) : Option.none();
      }
    } catch (SQLException e) {
      throw failure("reading bill " + reference, e);
    }
  }

  private static Bill bill(BillReference reference, ResultSet rs) throws SQLException {
    String what = "bill " + reference;
    int i = 0;
    BillerId biller = new BillerId(rs.getString(++i));
    AccountRef account = new AccountRef(rs.getString(++i));
    Option<String> customerName = Option.of(rs.getString(++i));
    Currency currency = currency(rs, ++i);
    Money totalDue = money(rs.getBigDecimal(++i), currency, "total due of " + what);
    List<Invoice> invoices = List.ofAll(StoredJson.readList(rs.getString(++i)))
        .map(json -> invoice(json, currency, what));
    LinkedHashMap<String, String> data = LinkedHashMap.ofAll(
        StoredJson.readMap(rs.getString(++i)).entrySet().stream(),
        entry -> text(entry.getKey(), what), entry -> text(entry.getValue(), what));
    Option<Instant> expiresAt = Option.of(instant(rs, ++i));
    return Bill.of(biller, account, reference, customerName, data, invoices, totalDue, expiresAt)
        .getOrElseThrow(error -> new IllegalStateException("stored " + what + " is invalid: "
            + error));
  }

  private static Invoice invoice(Object json, Currency currency, String what) {
    if (!(json instanceof Map<?, ?> invoice)
        || !(invoice.get("sequence") instanceof BigDecimal sequence)
        || !(invoice.get("alias") instanceof String alias)
        || !(invoice.get("mandatory") instanceof Boolean mandatory)) {
      throw new IllegalStateException("stored " + what + " has a malformed invoice");
    }
    Money amount = moneyFromText(invoice.get("amount"), currency, "invoice amount of " + what);
    if (amount == null) {
      throw new IllegalStateException("stored " + what + " has an invoice without amount");
    }
    Option<LocalDate> dueDate;
    try {
      dueDate = Option.of(invoice.get("dueDate")).map(date -> LocalDate.parse(text(date, what)));
    } catch (DateTimeParseException notADate) {
      throw new IllegalStateException("stored " + what + " has an invalid due date", notADate);
    }
    Invoice stored = Invoice.of(sequence.intValueExact(), alias, amount,
            Option.of(moneyFromText(invoice.get("minimum"), currency, what)),
            Option.of(moneyFromText(invoice.get("maximum"), currency, what)), dueDate,
            mandatory)
        .getOrElseThrow(error -> new IllegalStateException("stored " + what
            + " has an invalid invoice: " + error));
    Object expenses = invoice.get("expenses");
    if (expenses == null) {
      return stored;
    }
    if (!(expenses instanceof Map<?, ?> listed)
        || moneyFromText(listed.get("total"), currency, what) == null) {
      throw new IllegalStateException("stored " + what + " has malformed invoice expenses");
    }
    return stored.withExpenses(new InvoiceExpenses(
            moneyFromText(listed.get("total"), currency, what),
            Option.of(moneyFromText(listed.get("firm"), currency, what)),
            Option.of(moneyFromText(listed.get("dealer"), currency, what))))
        .getOrElseThrow(error -> new IllegalStateException("stored " + what
            + " has invalid invoice expenses: " + error));
  }

  private static String text(Object value, String what) {
    if (value instanceof String text) {
      return text;
    }
    throw new IllegalStateException("stored " + what + " has a field that is not text");
  }
}
