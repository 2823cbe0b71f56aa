package io.taksit.application.port.out;

import io.taksit.domain.bill.AccountRef;
import io.taksit.domain.bill.BillReference;
import io.taksit.domain.bill.BillerId;
import io.taksit.domain.payment.PaymentStatus;
import io.vavr.control.Option;

/**
 * A filter over payments; absent criteria match everything, and {@code needsReview} keeps only
 * payments flagged for review ({@code Payment.needsReview()}) while false keeps them all. Results
 * are newest first, at most {@code limit}.
 */
public record PaymentQuery(Option<PaymentStatus> status, Option<BillerId> biller,
    Option<AccountRef> account, Option<BillReference> billReference, int limit,
    boolean needsReview) {

  public PaymentQuery {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive");
    }
  }

  /** A filter over payments flagged for review or not. */
  public PaymentQuery(Option<PaymentStatus> status, Option<BillerId> biller,
      Option<AccountRef> account, Option<BillReference> billReference, int limit) {
    this(status, biller, account, billReference, limit, false);
  }

  public static PaymentQuery all(int limit) {
    return new PaymentQuery(Option.none(), Option.none(), Option.none(), Option.none(), limit);
  }
}
