package io.taksit.application.fakes;

import io.taksit.application.port.out.BillerCatalog;
import io.taksit.domain.bill.Biller;
import io.taksit.domain.bill.BillerId;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.concurrent.atomic.AtomicInteger;

/** A fixed biller catalog that counts its look-ups, so a test can prove none happened. */
public final class InquiryFakeCatalog implements BillerCatalog {

  private final List<Biller> billers;
  private final AtomicInteger lookups = new AtomicInteger();

  public InquiryFakeCatalog(Biller... billers) {
    this.billers = List.of(billers);
  }

  @Override
  public Option<Biller> find(BillerId id) {
    lookups.incrementAndGet();
    return billers.find(biller -> biller.id().equals(id));
  }

  @Override
  public List<Biller> all() {
    return billers;
  }

  /** How many times {@link #find} was called. */
  public int lookups() {
    return lookups.get();
  }
}
