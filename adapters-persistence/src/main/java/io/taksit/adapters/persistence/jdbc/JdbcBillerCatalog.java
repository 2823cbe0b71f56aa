package io.taksit.adapters.persistence.jdbc;

import static io.taksit.adapters.persistence.jdbc.SqlSupport.currency;
import static io.taksit.adapters.persistence.jdbc.SqlSupport.failure;
import static io.taksit.adapters.persistence.jdbc.SqlSupport.money;

import io.taksit.application.port.out.BillerCatalog;
import io.taksit.domain.amount.AmountRule;
import io.taksit.domain.amount.StepAnchor;
import io.taksit.domain.bill.Biller;
import io.taksit.domain.bill.BillerId;
import io.taksit.domain.bill.InvoiceSelection;
import io.taksit.domain.bill.PaymentMode;
import io.taksit.domain.bill.PaymentPolicy;
import io.taksit.domain.provider.ProviderId;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The billers a host offers, in table {@code billers}: every host instance sharing the database
 * sees the same catalog, and an operator's change (a biller switched off, a new amount rule)
 * reaches them all on their next read. Nothing is cached.
 */
public final class JdbcBillerCatalog implements BillerCatalog {

  static final String COLUMNS = "id, name, provider_id, provider_service_code, currency, "
      + "amount_minimum, amount_maximum, amount_step, step_anchor, payment_mode, "
      + "invoice_selection, oldest_first, inquiry_required, active";

  private final DataSource dataSource;

  public JdbcBillerCatalog(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  /** Stores {@code biller}, replacing the one stored under its id if there is one. */
  public void save(Biller biller) {
    Objects.requireNonNull(biller, "biller");
    try {
      SqlSupport.upsert(dataSource,
          "UPDATE billers SET name = ?, provider_id = ?, provider_service_code = ?, currency = ?, "
              + "amount_minimum = ?, amount_maximum = ?, amount_step = ?, step_anchor = ?, "
              + "payment_mode = ?, invoice_selection = ?, oldest_first = ?, "
              + "inquiry_required = ?, active = ? WHERE id = ?",
          update -> {
            int i = bindFields(update, 0, biller);
            update.setString(++i, biller.id().value());
          },
          "INSERT INTO billers (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          insert -> {
            insert.setString(1, biller.id().value());
            bindFields(insert, 1, biller);
          });
    } catch (SQLException e) {
      throw failure("saving biller " + biller.id(), e);
    }
  }

  /** The columns after the id, in {@link #COLUMNS} order. Shared with the synced catalog. */
  static int bindFields(PreparedStatement statement, int index, Biller biller)
      throws SQLException {
    int i = index;
    AmountRule rule = biller.amountRule();
    statement.setString(++i, biller.name());
    statement.setString(++i, biller.provider().value());
    statement.setString(++i, biller.providerServiceCode());
    statement.setString(++i, biller.currency().getCurrencyCode());
    statement.setBigDecimal(++i, rule.minimum().amount());
    statement.setBigDecimal(++i, rule.maximum().amount());
    statement.setBigDecimal(++i, rule.step().amount());
    statement.setString(++i, rule.anchor().name());
    statement.setString(++i, biller.policy().mode().name());
    statement.setString(++i, biller.policy().selection().name());
    statement.setBoolean(++i, biller.policy().oldestFirst());
    statement.setBoolean(++i, biller.inquiryRequired());
    statement.setBoolean(++i, biller.active());
    return i;
  }

  @Override
  public Option<Biller> find(BillerId id) {
    Objects.requireNonNull(id, "id");
    return read("SELECT " + COLUMNS + " FROM billers WHERE id = ?", id.value()).headOption();
  }

  /** Every biller, ordered by id. */
  @Override
  public List<Biller> all() {
    return read("SELECT " + COLUMNS + " FROM billers ORDER BY id", null);
  }

  private List<Biller> read(String sql, String id) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(sql)) {
      if (id != null) {
        select.setString(1, id);
      }
      java.util.List<Biller> billers = new ArrayList<>();
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          billers.add(biller(rs));
        }
      }
      return List.ofAll(billers);
    } catch (SQLException e) {
      throw failure("reading billers", e);
    }
  }

  /** The biller of a row whose first columns are {@link #COLUMNS}. */
  static Biller biller(ResultSet rs) throws SQLException {
    int i = 0;
    BillerId id = new BillerId(rs.getString(++i));
    String name = rs.getString(++i);
    ProviderId provider = new ProviderId(rs.getString(++i));
    String serviceCode = rs.getString(++i);
    Currency currency = currency(rs, ++i);
    String what = "amount rule of biller " + id;
    AmountRule rule = AmountRule.of(money(rs.getBigDecimal(++i), currency, what),
            money(rs.getBigDecimal(++i), currency, what),
            money(rs.getBigDecimal(++i), currency, what), StepAnchor.valueOf(rs.getString(++i)))
        .getOrElseThrow(error -> new IllegalStateException("stored " + what + " is invalid: "
            + error));
    PaymentPolicy policy = new PaymentPolicy(PaymentMode.valueOf(rs.getString(++i)),
        InvoiceSelection.valueOf(rs.getString(++i)), rs.getBoolean(++i));
    boolean inquiryRequired = rs.getBoolean(++i);
    boolean active = rs.getBoolean(++i);
    return Biller.of(id, name, provider, serviceCode, currency, rule, policy, inquiryRequired,
        active).getOrElseThrow(error -> new IllegalStateException("stored biller " + id
            + " is invalid: " + error));
  }
}
