package io.taksit.application.fakes;

import io.taksit.application.port.out.InquiredBills;
import io.taksit.domain.bill.Bill;
import io.taksit.domain.bill.BillReference;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.concurrent.CopyOnWriteArrayList;

/** Inquired bills kept in memory, in the order they were remembered. */
public final class InquiryFakeBills implements InquiredBills {

  private final java.util.List<Bill> remembered = new CopyOnWriteArrayList<>();

  @Override
  public void remember(Bill bill) {
    remembered.add(bill);
  }

  @Override
  public Option<Bill> find(BillReference reference) {
    // The latest answer for a reference wins, as a re-inquiry replaces what was known.
    return List.ofAll(remembered).reverse().find(bill -> bill.reference().equals(reference));
  }

  /** Every bill remembered, oldest first. */
  public List<Bill> remembered() {
    return List.ofAll(remembered);
  }

  @Override
  public int pruneStale(java.time.Instant now) {
    return 0;
  }
}
