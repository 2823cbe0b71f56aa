package io.taksit.adapters.persistence.jdbc;

import static io.taksit.adapters.persistence.jdbc.SqlSupport.currency;
import static io.taksit.adapters.persistence.jdbc.SqlSupport.decimal;
import static io.taksit.adapters.persistence.jdbc.SqlSupport.failure;
import static io.taksit.adapters.persistence.jdbc.SqlSupport.moneyFromText;

import io.taksit.application.port.out.FeeScheduleSource;
import io.taksit.domain.bill.BillerId;
import io.taksit.domain.fee.FeeSchedule;
import io.taksit.domain.fee.FeeTier;
import io.taksit.domain.money.Money;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Fee schedules by biller, in table {@code fee_schedules}, shared by every host instance. A
 * schedule is one row: its tiers are a JSON array (amounts as decimal strings in the schedule's
 * currency, percents as written), and rates keep their exact decimal text, so a schedule reads
 * back equal to what was saved and quotes exactly the same fees.
 */
public final class JdbcFeeScheduleSource implements FeeScheduleSource {

  private final DataSource dataSource;

  public JdbcFeeScheduleSource(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  /** Stores {@code schedule} for {@code biller}, replacing the one stored before if any. */
  public void save(BillerId biller, FeeSchedule schedule) {
    Objects.requireNonNull(biller, "biller");
    Objects.requireNonNull(schedule, "schedule");
    String tiers = StoredJson.write(schedule.tiers().map(JdbcFeeScheduleSource::tier).asJava());
    try {
      SqlSupport.upsert(dataSource,
          "UPDATE fee_schedules SET currency = ?, tax_rate_of_fee = ?, rounding = ?, tiers = ? "
              + "WHERE biller_id = ?",
          update -> {
            update.setString(1, schedule.currency().getCurrencyCode());
            update.setString(2, schedule.taxRateOfFee().toString());
            update.setString(3, schedule.rounding().name());
            update.setString(4, tiers);
            update.setString(5, biller.value());
          },
          "INSERT INTO fee_schedules (biller_id, currency, tax_rate_of_fee, rounding, tiers) "
              + "VALUES (?, ?, ?, ?, ?)",
          insert -> {
            insert.setString(1, biller.value());
            insert.setString(2, schedule.currency().getCurrencyCode());
            insert.setString(3, schedule.taxRateOfFee().toString());
            insert.setString(4, schedule.rounding().name());
            insert.setString(5, tiers);
          });
    } catch (SQLException e) {
      throw failure("saving the fee schedule of biller " + biller, e);
    }
  }

  private static Map<String, Object> tier(FeeTier tier) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("from", decimal(tier.from()));
    json.put("upTo", decimal(tier.upTo().getOrNull()));
    json.put("fixed", decimal(tier.fixed()));
    json.put("percent", tier.percent().toString());
    json.put("floor", decimal(tier.floor().getOrNull()));
    json.put("cap", decimal(tier.cap().getOrNull()));
    return json;
  }

  @Override
  public Option<FeeSchedule> scheduleFor(BillerId biller) {
    Objects.requireNonNull(biller, "biller");
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement("SELECT currency, "
            + "tax_rate_of_fee, rounding, tiers FROM fee_schedules WHERE biller_id = ?")) {
      select.setString(1, biller.value());
      try (ResultSet rs = select.executeQuery()) {
        return rs.next() ? Option.some(schedule(biller, rs)) : Option.none();
      }
    } catch (SQLException e) {
      throw failure("reading the fee schedule of biller " + biller, e);
    }
  }

  private static FeeSchedule schedule(BillerId biller, ResultSet rs) throws SQLException {
    String what = "fee schedule of biller " + biller;
    Currency currency = currency(rs, 1);
    BigDecimal taxRate = rate(rs.getString(2), what);
    RoundingMode rounding = RoundingMode.valueOf(rs.getString(3));
    List<FeeTier> tiers = List.ofAll(StoredJson.readList(rs.getString(4)))
        .map(json -> tier(json, currency, what));
    return FeeSchedule.of(currency, tiers, taxRate, rounding).getOrElseThrow(error ->
        new IllegalStateException("stored " + what + " is invalid: " + error));
  }

  private static FeeTier tier(Object json, Currency currency, String what) {
    if (!(json instanceof Map<?, ?> tier)) {
      throw new IllegalStateException("stored " + what + " has a tier that is not an object");
    }
    Money from = moneyFromText(tier.get("from"), currency, what);
    Money fixed = moneyFromText(tier.get("fixed"), currency, what);
    if (from == null || fixed == null || !(tier.get("percent") instanceof String percent)) {
      throw new IllegalStateException("stored " + what + " has a tier without from, fixed or "
          + "percent");
    }
    return FeeTier.of(from, Option.of(moneyFromText(tier.get("upTo"), currency, what)), fixed,
            rate(percent, what), Option.of(moneyFromText(tier.get("floor"), currency, what)),
            Option.of(moneyFromText(tier.get("cap"), currency, what)))
        .getOrElseThrow(error -> new IllegalStateException("stored " + what
            + " has an invalid tier: " + error));
  }

  private static BigDecimal rate(String text, String what) {
    if (text != null) {
      try {
        return new BigDecimal(text);
      } catch (NumberFormatException notARate) {
        // reported below
      }
    }
    throw new IllegalStateException("stored " + what + " has a rate that is not a decimal");
  }
}
