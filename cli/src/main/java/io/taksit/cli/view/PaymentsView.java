package io.taksit.cli.view;

import io.taksit.bootstrap.text.TextTable;
import io.taksit.domain.payment.Payment;
import java.util.List;

/** {@code taksit payments}: the payments found, each as {@code status} shows it. */
public record PaymentsView(int count, List<PaymentView> payments) implements View {

  public static PaymentsView of(io.vavr.collection.List<Payment> payments) {
    return new PaymentsView(payments.size(), payments.map(PaymentView::of).toJavaList());
  }

  @Override
  public String text() {
    if (payments.isEmpty()) {
      return "No payments match." + System.lineSeparator();
    }
    TextTable table = TextTable.of("PAYMENT", "STATUS", "BILLER", "ACCOUNT", "BILL", "AMOUNT",
        "TOTAL", "CREATED").right(5, 6);
    for (PaymentView payment : payments) {
      table.row(payment.paymentId(), payment.status(), payment.billerId(), payment.account(),
          payment.billReference(), Texts.money(payment.amount(), payment.currency()),
          Texts.money(payment.total(), payment.currency()), payment.createdAt());
    }
    // Review reasons are long sentences: listed under the table, not as a column of it.
    Details reasons = new Details();
    payments.stream().filter(PaymentView::needsReview)
        .forEach(payment -> reasons.add(payment.paymentId(), payment.reviewReason()));
    String review = reasons.isEmpty() ? "" : "Needs review (settle with taksit resolve"
        + " --payment <id>):" + System.lineSeparator() + reasons.render("  ");
    return table.render("") + review + count + (count == 1 ? " payment" : " payments")
        + System.lineSeparator();
  }
}
