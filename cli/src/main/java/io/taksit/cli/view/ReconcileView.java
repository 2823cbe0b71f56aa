package io.taksit.cli.view;

import io.taksit.application.port.in.ReconcilePayments;
import io.taksit.bootstrap.text.TextTable;
import io.taksit.domain.payment.PaymentStatus;
import java.util.List;

/**
 * {@code taksit reconcile}: each payment one pass checked, its status before and after. In the
 * document {@code needsReview} is how many need a person; in each row, whether that one does.
 */
public record ReconcileView(int checkedCount, int resolved, int needsReview,
    List<CheckedRow> checked) implements View {

  /** One payment checked. */
  public record CheckedRow(String paymentId, PaymentStatus before, PaymentStatus after,
      boolean needsReview, String note) {}

  public static ReconcileView of(ReconcilePayments.Report report) {
    return new ReconcileView(report.checked().size(), report.resolved(),
        report.needsReview().size(), report.checked().map(one -> new CheckedRow(
            one.paymentId().value(), one.before(), one.after(), one.needsReview(), one.note()))
            .toJavaList());
  }

  @Override
  public String text() {
    if (checked.isEmpty()) {
      return "No payment was due for a check." + System.lineSeparator();
    }
    TextTable table = TextTable.of("PAYMENT", "BEFORE", "AFTER", "REVIEW", "NOTE");
    for (CheckedRow one : checked) {
      table.row(one.paymentId(), one.before(), one.after(), Texts.yesNo(one.needsReview()),
          one.note().isEmpty() ? "-" : one.note());
    }
    return table.render("") + checkedCount + " checked, " + resolved + " resolved, "
        + needsReview + " need review" + System.lineSeparator();
  }
}
