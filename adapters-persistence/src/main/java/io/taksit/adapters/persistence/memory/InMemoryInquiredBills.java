package io.taksit.adapters.persistence.memory;

import io.taksit.application.port.out.InquiredBills;
import io.taksit.domain.bill.Bill;
import io.taksit.domain.bill.BillReference;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Objects;

/**
 * The latest inquired bills in this JVM's memory, for tests, demos and single-instance hosts. A
 * bill is only needed between an inquiry and its payment, so at most {@code capacity} are kept
 * and the longest-remembered goes first: a long-running host does not grow without bound, and
 * a bill forgotten early is simply inquired again.
 */
public final class InMemoryInquiredBills implements InquiredBills {

  /** Far more bills than a demo or test inquires, yet a few megabytes at most. */
  public static final int DEFAULT_CAPACITY = 10_000;

  private final int capacity;
  /** Insertion order is remembering order; guarded by {@code this}. */
  private final LinkedHashMap<BillReference, Bill> bills = new LinkedHashMap<>();

  public InMemoryInquiredBills() {
    this(DEFAULT_CAPACITY);
  }

  public InMemoryInquiredBills(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive, was " + capacity);
    }
    this.capacity = capacity;
  }

  /** Remembers the bill under its reference; a new inquiry replaces the earlier answer. */
  @Override
  public synchronized void remember(Bill bill) {
    Objects.requireNonNull(bill, "bill");
    // Removed first so that a re-inquired bill counts as the newest, not as the oldest.
    bills.remove(bill.reference());
    bills.put(bill.reference(), bill);
    if (bills.size() > capacity) {
      Iterator<BillReference> oldest = bills.keySet().iterator();
      oldest.next();
      oldest.remove();
    }
  }

  @Override
  public synchronized Option<Bill> find(BillReference reference) {
    return Option.of(bills.get(Objects.requireNonNull(reference, "reference")));
  }

  /** Nothing: the store is bounded by its capacity, the oldest bills going first. */
  @Override
  public int pruneStale(Instant now) {
    Objects.requireNonNull(now, "now");
    return 0;
  }
}
