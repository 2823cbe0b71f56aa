package io.taksit.adapters.persistence.jdbc;

import static io.taksit.adapters.persistence.jdbc.SqlSupport.failure;

import io.taksit.application.port.out.SyncedCatalog;
import io.taksit.domain.bill.BillerId;
import io.taksit.domain.catalog.CatalogEntry;
import io.taksit.domain.catalog.FieldType;
import io.taksit.domain.catalog.InputField;
import io.taksit.domain.catalog.InputFields;
import io.taksit.domain.provider.ProviderId;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The services synced from providers' catalogs, in tables {@code catalog_services} and
 * {@code catalog_versions} (V6): the biller in the columns of the hand-configured
 * {@code billers} table, its input fields as one JSON text, so an entry is read in one
 * statement. A sync's entries and its version are written in one transaction.
 */
public final class JdbcSyncedCatalog implements SyncedCatalog {

  /** Concurrent syncs of one provider may both insert a new service; the loser tries again. */
  private static final int TRIES = 3;

  private static final String SELECT = "SELECT " + JdbcBillerCatalog.COLUMNS
      + ", input_fields, account_field FROM catalog_services";
  /** Where the input fields are in {@link #SELECT}: right after the biller's columns. */
  private static final int FIELDS_COLUMN = JdbcBillerCatalog.COLUMNS.split(",").length + 1;

  private final DataSource dataSource;

  public JdbcSyncedCatalog(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  @Override
  public Option<String> version(ProviderId provider) {
    Objects.requireNonNull(provider, "provider");
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(
            "SELECT version FROM catalog_versions WHERE provider_id = ?")) {
      select.setString(1, provider.value());
      try (ResultSet rs = select.executeQuery()) {
        return rs.next() ? Option.some(rs.getString(1)) : Option.none();
      }
    } catch (SQLException e) {
      throw failure("reading the catalog version of " + provider, e);
    }
  }

  @Override
  public void store(ProviderId provider, String version, List<CatalogEntry> entries,
      Instant syncedAt) {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(syncedAt, "syncedAt");
    SyncedCatalog.requireOwnBillers(provider, entries);
    try {
      SqlSupport.inTransactionRetryingRaces(dataSource, TRIES, connection -> {
        for (CatalogEntry entry : entries) {
          replace(connection, entry, syncedAt);
        }
        replaceVersion(connection, provider, version, syncedAt);
        return null;
      });
    } catch (SQLException e) {
      throw failure("storing the catalog of " + provider, e);
    }
  }

  private static void replace(Connection connection, CatalogEntry entry, Instant syncedAt)
      throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement(
        "DELETE FROM catalog_services WHERE id = ?")) {
      delete.setString(1, entry.biller().id().value());
      delete.executeUpdate();
    }
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO catalog_services ("
        + JdbcBillerCatalog.COLUMNS + ", input_fields, account_field, synced_at) VALUES "
        + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, entry.biller().id().value());
      int i = JdbcBillerCatalog.bindFields(insert, 1, entry.biller());
      insert.setString(++i, StoredJson.write(entry.fields().fields().map(JdbcSyncedCatalog::json)
          .toJavaList()));
      insert.setString(++i, entry.accountField().getOrNull());
      SqlSupport.setInstant(insert, ++i, syncedAt);
      insert.executeUpdate();
    }
  }

  private static void replaceVersion(Connection connection, ProviderId provider, String version,
      Instant syncedAt) throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement(
        "DELETE FROM catalog_versions WHERE provider_id = ?")) {
      delete.setString(1, provider.value());
      delete.executeUpdate();
    }
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO catalog_versions (provider_id, version, synced_at) VALUES (?, ?, ?)")) {
      insert.setString(1, provider.value());
      insert.setString(2, version);
      SqlSupport.setInstant(insert, 3, syncedAt);
      insert.executeUpdate();
    }
  }

  @Override
  public Option<CatalogEntry> find(BillerId id) {
    Objects.requireNonNull(id, "id");
    return read(SELECT + " WHERE id = ?", id.value()).headOption();
  }

  @Override
  public List<CatalogEntry> all() {
    return read(SELECT + " ORDER BY id", null);
  }

  private List<CatalogEntry> read(String sql, String id) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(sql)) {
      if (id != null) {
        select.setString(1, id);
      }
      java.util.List<CatalogEntry> entries = new ArrayList<>();
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          entries.add(new CatalogEntry(JdbcBillerCatalog.biller(rs),
              new InputFields(List.ofAll(StoredJson.readList(rs.getString(FIELDS_COLUMN)))
                  .map(JdbcSyncedCatalog::field)),
              Option.of(rs.getString(FIELDS_COLUMN + 1))));
        }
      }
      return List.ofAll(entries);
    } catch (SQLException e) {
      throw failure("reading the synced catalog", e);
    }
  }

  private static Map<String, Object> json(InputField field) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("key", field.key());
    json.put("label", field.label());
    json.put("title", field.title());
    json.put("type", field.type().name());
    json.put("optional", field.optional());
    json.put("sequence", field.sequence());
    json.put("choices", field.choices().toJavaList());
    json.put("expression", field.expression().getOrNull());
    json.put("message", field.message().getOrNull());
    return json;
  }

  private static InputField field(Object stored) {
    if (!(stored instanceof Map<?, ?> json)) {
      throw new IllegalStateException("a stored input field is not a JSON object");
    }
    Object choices = json.get("choices");
    return new InputField((String) json.get("key"), (String) json.get("label"),
        (String) json.get("title"), FieldType.valueOf((String) json.get("type")),
        Boolean.TRUE.equals(json.get("optional")), ((BigDecimal) json.get("sequence")).intValue(),
        choices instanceof java.util.List<?> list ? List.ofAll(list).map(String.class::cast)
            : List.empty(),
        Option.of((String) json.get("expression")), Option.of((String) json.get("message")));
  }
}
