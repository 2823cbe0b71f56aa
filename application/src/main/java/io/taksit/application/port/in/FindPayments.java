package io.taksit.application.port.in;

import io.taksit.application.failure.Failure;
import io.taksit.domain.payment.Payment;
import io.vavr.collection.List;
import io.vavr.control.Either;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Payments by status, biller, account or bill reference (absent criteria match all), and
 * optionally only those flagged for review, newest first.
 */
public interface FindPayments {

  Either<Failure, List<Payment>> find(Query query);

  /**
   * The criteria; {@code needsReview} keeps only payments flagged for review (what waits for an
   * operator), and false keeps them all.
   */
  record Query(
      @Pattern(regexp = "CREATED|PENDING|SUCCEEDED|DECLINED|NOT_PROCESSED|UNKNOWN",
          message = "must be one of CREATED, PENDING, SUCCEEDED, DECLINED, NOT_PROCESSED, UNKNOWN")
      String status,
      @Size(min = 1, max = 64, message = "must be 1 to 64 characters") String billerId,
      @Size(min = 1, max = 64, message = "must be 1 to 64 characters") String account,
      @Size(min = 1, max = 128, message = "must be 1 to 128 characters") String billReference,
      @Min(value = 1, message = "must be at least 1") @Max(value = 1000, message = "must be at most 1000")
      int limit,
      boolean needsReview) {

    /** A query over every payment, flagged for review or not. */
    public Query(String status, String billerId, String account, String billReference,
        int limit) {
      this(status, billerId, account, billReference, limit, false);
    }
  }
}
