package io.taksit.cli.view;

import io.taksit.application.port.in.ListBillers;
import io.taksit.application.port.in.SyncCatalog;
import io.taksit.bootstrap.text.TextTable;
import io.taksit.domain.amount.AmountRule;
import io.taksit.domain.bill.Biller;
import io.taksit.domain.catalog.InputField;
import java.util.List;

/**
 * {@code taksit billers}: the sync it made (null when none was asked for), and every biller with
 * its amount rule, where it comes from and the input fields of its form (the account field's key
 * null when no field holds the account).
 */
public record BillersView(Sync synced, int count, List<Row> billers) implements View {

  public static BillersView of(SyncCatalog.Report sync, io.vavr.collection.List<ListBillers.Listing> all) {
    return new BillersView(sync == null ? null : Sync.of(sync), all.size(),
        all.map(Row::of).toJavaList());
  }

  /** What a sync stored. */
  public record Sync(String provider, String fromVersion, String toVersion, List<String> stored,
      List<String> unusable) {
    static Sync of(SyncCatalog.Report report) {
      return new Sync(report.provider().value(), report.fromVersion().getOrElse("0"),
          report.toVersion(), report.stored().map(id -> id.value()).toJavaList(),
          report.unusable().toJavaList());
    }
  }

  /** One biller: its definition, where it comes from, and its form. */
  public record Row(String id, String name, String provider, String serviceCode, String origin,
      boolean active, boolean inquiryRequired, String currency, Rule amountRule,
      String paymentMode, String invoiceSelection, String accountField, List<Field> fields) {
    static Row of(ListBillers.Listing listing) {
      Biller biller = listing.biller();
      return new Row(biller.id().value(), biller.name(), biller.provider().value(),
          biller.providerServiceCode(), listing.origin().name().toLowerCase(java.util.Locale.ROOT),
          biller.active(), biller.inquiryRequired(), biller.currency().getCurrencyCode(),
          Rule.of(biller.amountRule()), biller.policy().mode().name(),
          biller.policy().selection().name(), listing.entry().accountField().getOrNull(),
          listing.fields().fields().map(Field::of).toJavaList());
    }
  }

  /** An amount rule, its amounts as decimal text with the currency's scale. */
  public record Rule(String minimum, String maximum, String step, String stepAnchor) {
    static Rule of(AmountRule rule) {
      return new Rule(rule.minimum().amount().toPlainString(),
          rule.maximum().amount().toPlainString(), rule.step().amount().toPlainString(),
          rule.anchor().name());
    }
  }

  /** An input field, as a host's form would show it. */
  public record Field(String key, String label, String title, String type, boolean optional,
      int sequence, List<String> choices, String expression, String message) {
    static Field of(InputField field) {
      return new Field(field.key(), field.label(), field.title(), field.type().name(),
          field.optional(), field.sequence(), field.choices().toJavaList(),
          field.expression().getOrNull(), field.message().getOrNull());
    }
  }

  @Override
  public String text() {
    String newLine = System.lineSeparator();
    StringBuilder text = new StringBuilder();
    if (synced != null) {
      text.append("Synced ").append(synced.provider()).append(": catalog version ")
          .append(synced.fromVersion()).append(" -> ").append(synced.toVersion()).append(", ")
          .append(synced.stored().size())
          .append(synced.stored().size() == 1 ? " service stored" : " services stored")
          .append(newLine);
      synced.unusable().forEach(line -> text.append("  unusable: ").append(line).append(newLine));
    }
    if (billers.isEmpty()) {
      return text.append("No billers are configured or synced.").append(newLine).toString();
    }
    TextTable table = TextTable.of("BILLER", "PROVIDER", "ORIGIN", "ACTIVE", "AMOUNT RULE",
        "PAYS", "NAME");
    for (Row row : billers) {
      Rule rule = row.amountRule();
      table.row(row.id(), row.provider(), row.origin(), row.active() ? "yes" : "no",
          rule.minimum() + " to " + rule.maximum() + " " + row.currency() + ", step "
              + rule.step() + " from " + rule.stepAnchor().toLowerCase(java.util.Locale.ROOT),
          row.paymentMode() + ", " + row.invoiceSelection(), row.name());
    }
    text.append(table.render(""));
    for (Row row : billers) {
      if (row.fields().isEmpty()) {
        continue;
      }
      text.append(row.id()).append(" asks for:").append(newLine);
      for (Field field : row.fields()) {
        text.append("  ").append(field.key()).append(field.optional() ? "" : " (required)")
            .append(field.key().equals(row.accountField()) ? " = the account" : "")
            .append(": ").append(field.type()).append(", \"").append(field.label()).append('"');
        if (!field.title().isEmpty()) {
          text.append(" - ").append(field.title());
        }
        if (!field.choices().isEmpty()) {
          text.append("; one of ").append(String.join(", ", field.choices()));
        }
        if (field.expression() != null) {
          text.append("; must match ").append(field.expression());
        }
        text.append(newLine);
      }
    }
    return text.append(billers.size()).append(billers.size() == 1 ? " biller" : " billers")
        .append(newLine).toString();
  }
}
