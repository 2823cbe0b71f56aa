package io.taksit.application.port.in;

import io.taksit.application.failure.Failure;
import io.taksit.domain.payment.PaymentId;
import io.taksit.domain.payment.PaymentStatus;
import io.vavr.collection.List;
import io.vavr.control.Either;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * Finds PENDING, UNKNOWN and stale CREATED payments due for a check, asks each provider and
 * applies the answers, on each payment's bounded schedule (1m, 5m, 1h, 1d, 1d by default); a
 * payment whose checks run out stays UNKNOWN and is reported as needing review.
 */
public interface ReconcilePayments {

  Either<Failure, Report> reconcile(Command command);

  record Command(
      @NotNull(message = "is required") Instant now,
      @Min(value = 1, message = "must be at least 1") @Max(value = 10_000, message = "must be at most 10000")
      int batchSize) {}

  /** What one reconciliation pass did to each payment it looked at. */
  record Report(List<Checked> checked) {

    public int resolved() {
      return checked.count(c -> c.after().isTerminal() || c.after() == PaymentStatus.NOT_PROCESSED);
    }

    public List<Checked> needsReview() {
      return checked.filter(Checked::needsReview);
    }
  }

  /** One payment looked at: its status before and after, and why, when it needs a person. */
  record Checked(PaymentId paymentId, PaymentStatus before, PaymentStatus after,
      boolean needsReview, String note) {}
}
