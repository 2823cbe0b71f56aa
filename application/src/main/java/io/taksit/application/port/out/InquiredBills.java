package io.taksit.application.port.out;

import io.taksit.domain.bill.Bill;
import io.taksit.domain.bill.BillReference;
import io.vavr.control.Option;

/**
 * Bills a caller inquired, kept so that its fee quote and payment are checked against what the
 * provider said was due. Nothing else is remembered; a bill past its expiry is refused anyway.
 */
public interface InquiredBills {

  void remember(Bill bill);

  Option<Bill> find(BillReference reference);
}
