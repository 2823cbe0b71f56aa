package io.taksit.application.port.out;

import io.taksit.domain.bill.AccountRef;
import io.taksit.domain.bill.BillReference;
import io.taksit.domain.bill.BillerId;
import io.taksit.domain.payment.PaymentStatus;
import io.vavr.control.Option;

/**
 * A filter over payments; absent criteria match everything. Results are newest first, at most
 * {@code limit}.
 */
public record PaymentQuery(Option<PaymentStatus> status, Option<BillerId> biller,
    Option<AccountRef> account, Option<BillReference> billReference, int limit) {

  public PaymentQuery {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive");
    }
  }

  public static PaymentQuery all(int limit) {
    return new PaymentQuery(Option.none(), Option.none(), Option.none(), Option.none(), limit);
  }
}
