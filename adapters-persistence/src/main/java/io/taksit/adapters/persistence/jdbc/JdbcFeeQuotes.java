package io.taksit.adapters.persistence.jdbc;

import static io.taksit.adapters.persistence.jdbc.SqlSupport.currency;
import static io.taksit.adapters.persistence.jdbc.SqlSupport.failure;
import static io.taksit.adapters.persistence.jdbc.SqlSupport.instant;
import static io.taksit.adapters.persistence.jdbc.SqlSupport.money;
import static io.taksit.adapters.persistence.jdbc.SqlSupport.setInstant;

import io.taksit.application.port.out.FeeQuotes;
import io.taksit.domain.bill.BillReference;
import io.taksit.domain.fee.FeeQuote;
import io.taksit.domain.fee.FeeSource;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Fee quotes handed to callers, in table {@code fee_quotes}, so that a payment through any host
 * instance can accept a quote made by another. Every part is an exact decimal beside the quote's
 * currency code.
 *
 * <p>A quote matters only until the payment that accepts it: {@link #pruneStale} (the runtime's
 * housekeeping) deletes the quotes made more than {@code retention} before it runs; a
 * {@link #remember} is one write and nothing else. A caller whose quote was forgotten asks for a
 * new one. Instants keep microseconds.
 */
public final class JdbcFeeQuotes implements FeeQuotes {

  /** How long a quote can be accepted by id, at least. */
  public static final Duration DEFAULT_RETENTION = Duration.ofDays(1);

  private static final String COLUMNS =
      "bill_reference, currency, amount, fee, tax, discount, total, source, quoted_at";

  private final DataSource dataSource;
  private final Duration retention;

  /** With {@link #DEFAULT_RETENTION}. */
  public JdbcFeeQuotes(DataSource dataSource) {
    this(dataSource, DEFAULT_RETENTION);
  }

  public JdbcFeeQuotes(DataSource dataSource, Duration retention) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.retention = Objects.requireNonNull(retention, "retention");
    if (retention.isNegative() || retention.isZero()) {
      throw new IllegalArgumentException("retention must be positive, was " + retention);
    }
  }

  /** Remembers the quote under its id, replacing a quote remembered under it before. */
  @Override
  public void remember(QuotedFee quote) {
    Objects.requireNonNull(quote, "quote");
    Objects.requireNonNull(quote.id(), "quote id");
    try {
      SqlSupport.insertOrReplace(dataSource,
          "INSERT INTO fee_quotes (" + COLUMNS + ", id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          insert -> {
            int i = bindFields(insert, quote);
            insert.setString(++i, quote.id());
          },
          "UPDATE fee_quotes SET bill_reference = ?, currency = ?, amount = ?, fee = ?, tax = ?, "
              + "discount = ?, total = ?, source = ?, quoted_at = ? WHERE id = ?",
          update -> {
            int i = bindFields(update, quote);
            update.setString(++i, quote.id());
          });
    } catch (SQLException e) {
      throw failure("remembering fee quote " + quote.id(), e);
    }
  }

  /** Deletes the quotes made more than {@code retention} before {@code now}. */
  @Override
  public int pruneStale(Instant now) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement delete = connection.prepareStatement(
            "DELETE FROM fee_quotes WHERE quoted_at < ?")) {
      setInstant(delete, 1, Objects.requireNonNull(now, "now").minus(retention));
      return delete.executeUpdate();
    } catch (SQLException e) {
      throw failure("forgetting stale fee quotes", e);
    }
  }

  /** The columns before the id, in {@link #COLUMNS} order. */
  private static int bindFields(PreparedStatement statement, QuotedFee quoted)
      throws SQLException {
    FeeQuote quote = quoted.quote();
    int i = 0;
    statement.setString(++i, quoted.billReference().value());
    statement.setString(++i, quote.amount().currencyCode());
    statement.setBigDecimal(++i, quote.amount().amount());
    statement.setBigDecimal(++i, quote.fee().amount());
    statement.setBigDecimal(++i, quote.tax().amount());
    statement.setBigDecimal(++i, quote.discount().amount());
    statement.setBigDecimal(++i, quote.total().amount());
    statement.setString(++i, quote.source().name());
    setInstant(statement, ++i, quoted.quotedAt());
    return i;
  }

  @Override
  public Option<QuotedFee> find(String quoteId) {
    Objects.requireNonNull(quoteId, "quoteId");
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(
            "SELECT " + COLUMNS + " FROM fee_quotes WHERE id = ?")) {
      select.setString(1, quoteId);
      try (ResultSet rs = select.executeQuery()) {
        return rs.next() ? Option.some(quoted(quoteId, rs)) : Option.none();
      }
    } catch (SQLException e) {
      throw failure("reading fee quote " + quoteId, e);
    }
  }

  private static QuotedFee quoted(String id, ResultSet rs) throws SQLException {
    String what = "fee quote " + id;
    int i = 0;
    BillReference reference = new BillReference(rs.getString(++i));
    Currency currency = currency(rs, ++i);
    FeeQuote quote = FeeQuote.of(money(rs.getBigDecimal(++i), currency, what),
            money(rs.getBigDecimal(++i), currency, what),
            money(rs.getBigDecimal(++i), currency, what),
            money(rs.getBigDecimal(++i), currency, what),
            money(rs.getBigDecimal(++i), currency, what), FeeSource.valueOf(rs.getString(++i)))
        .getOrElseThrow(error -> new IllegalStateException("stored " + what + " is invalid: "
            + error));
    return new QuotedFee(id, reference, quote, instant(rs, ++i));
  }
}
