package io.taksit.application.port.out;

import io.taksit.domain.bill.Bill;
import io.taksit.domain.bill.BillReference;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * Bills a caller inquired, kept so that its fee quote and payment are checked against what the
 * provider said was due. Nothing else is remembered; a bill past its expiry is refused anyway.
 */
public interface InquiredBills {

  void remember(Bill bill);

  Option<Bill> find(BillReference reference);

  /**
   * Forgets the bills that went stale by {@code now} (what stale is, the store says), so that
   * remembered bills do not pile up. Called by housekeeping, never on the payment path: a
   * {@link #remember} is one write.
   *
   * @return how many bills were forgotten
   */
  int pruneStale(Instant now);
}
