package io.taksit.cli.view;

import io.taksit.bootstrap.text.TextTable;
import io.taksit.domain.bill.Bill;
import io.taksit.domain.bill.Invoice;
import io.taksit.domain.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * {@code taksit inquire}: the bill a provider answered. Unknown values are JSON nulls (a script
 * always finds every field); the provider's extra data is listed by key.
 */
public record BillView(String billReference, String billerId, String account, String customerName,
    String currency, BigDecimal totalDue, String expiresAt, List<InvoiceRow> invoices,
    SortedMap<String, String> data) implements View {

  /** One invoice of the bill. */
  public record InvoiceRow(int sequence, String alias, BigDecimal amount, BigDecimal minimum,
      BigDecimal maximum, String dueDate, boolean mandatory) {

    static InvoiceRow of(Invoice invoice) {
      return new InvoiceRow(invoice.sequence(), invoice.alias(), invoice.amount().amount(),
          invoice.minimum().map(Money::amount).getOrNull(),
          invoice.maximum().map(Money::amount).getOrNull(),
          invoice.dueDate().map(LocalDate::toString).getOrNull(), invoice.mandatory());
    }
  }

  public static BillView of(Bill bill) {
    return new BillView(bill.reference().value(), bill.billerId().value(),
        bill.account().value(), bill.customerName().getOrNull(), bill.totalDue().currencyCode(),
        bill.totalDue().amount(), bill.expiresAt().map(Instant::toString).getOrNull(),
        bill.invoices().map(InvoiceRow::of).toJavaList(), new TreeMap<>(bill.data().toJavaMap()));
  }

  @Override
  public String text() {
    StringBuilder text = new StringBuilder();
    text.append("Bill ").append(billReference).append(System.lineSeparator());
    text.append(new Details()
        .add("biller", billerId)
        .add("account", account)
        .add("customer", Texts.orDash(customerName))
        .add("total due", Texts.money(totalDue, currency))
        .add("expires", Texts.orDash(expiresAt))
        .render("  "));
    if (!invoices.isEmpty()) {
      TextTable table = TextTable.of("SEQ", "ALIAS", "AMOUNT", "MINIMUM", "MAXIMUM", "DUE",
          "MANDATORY").right(0, 2, 3, 4);
      for (InvoiceRow invoice : invoices) {
        table.row(invoice.sequence(), invoice.alias().isEmpty() ? "-" : invoice.alias(),
            invoice.amount().toPlainString(), Texts.plain(invoice.minimum()),
            Texts.plain(invoice.maximum()), Texts.orDash(invoice.dueDate()),
            Texts.yesNo(invoice.mandatory()));
      }
      text.append(System.lineSeparator()).append(table.render("  "));
    }
    return text.toString();
  }
}
