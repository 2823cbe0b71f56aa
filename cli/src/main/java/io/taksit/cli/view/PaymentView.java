package io.taksit.cli.view;

import io.taksit.domain.payment.Payment;
import io.taksit.domain.payment.PaymentDetails;
import io.taksit.domain.payment.PaymentStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One payment ({@code pay}, {@code status}, {@code retry}, {@code resolve}, and each row of
 * {@code payments}): what it pays, every attempt, and whether it waits for a check or a person.
 * {@code fee} is null when no fee quote was accepted.
 */
public record PaymentView(String paymentId, PaymentStatus status, String idempotencyKey,
    String billerId, String provider, String account, String billReference, String currency,
    BigDecimal amount, List<Integer> invoices, FeeView fee, BigDecimal total,
    List<AttemptRow> attempts, int statusChecks, String nextCheckAt, boolean needsReview,
    String reviewReason, String createdAt, String updatedAt) implements View {

  public static PaymentView of(Payment payment) {
    PaymentDetails details = payment.details();
    return new PaymentView(payment.id().value(), payment.status(),
        payment.idempotencyKey().value(), details.billerId().value(), details.provider().value(),
        details.account().value(), details.billReference().value(),
        details.amount().currencyCode(), details.amount().amount(),
        details.invoices().toJavaList(), details.feeQuote().map(FeeView::of).getOrNull(),
        details.total().amount(), payment.attempts().map(AttemptRow::of).toJavaList(),
        payment.statusChecks(), payment.nextCheckAt().map(Instant::toString).getOrNull(),
        payment.needsReview(), payment.reviewReason().getOrNull(),
        payment.createdAt().toString(), payment.updatedAt().toString());
  }

  @Override
  public String text() {
    Details lines = new Details()
        .add("status", status + " — " + meaning())
        .add("biller", billerId + " (" + provider + ")")
        .add("account", account)
        .add("bill", billReference)
        .add("invoices", invoices.isEmpty() ? "-" : invoices.stream().map(String::valueOf)
            .collect(Collectors.joining(", ")))
        .add("amount", Texts.money(amount, currency));
    if (fee != null) {
      lines.add("fee", fee.feeText());
    }
    lines.add("total", Texts.money(total, currency))
        .add("idempotency key", idempotencyKey);
    lines.add("attempts", attempts.size() + (attempts.isEmpty() ? ""
        : attempts.get(attempts.size() - 1).lastText()));
    if (statusChecks > 0 || nextCheckAt != null) {
      lines.add("status checks", statusChecks + (nextCheckAt == null ? ""
          : ", next at " + nextCheckAt));
    }
    if (reviewReason != null) {
      lines.add("needs review", reviewReason);
    }
    return "Payment " + paymentId + System.lineSeparator() + lines.render("  ");
  }

  /** What the status means for the person reading it, and the command to run next. */
  private String meaning() {
    return switch (status) {
      case SUCCEEDED -> "the provider confirmed the money moved";
      case DECLINED -> "the provider refused it; nothing was charged";
      case NOT_PROCESSED -> "never applied: taksit retry " + paymentId;
      case PENDING -> "accepted, result later: taksit status " + paymentId;
      case UNKNOWN, CREATED -> "outcome not known yet: taksit status " + paymentId
          + " (never pay it again)";
    };
  }
}
