package io.taksit.adapters.persistence.memory;

import io.taksit.application.port.out.BillerCatalog;
import io.taksit.domain.bill.Biller;
import io.taksit.domain.bill.BillerId;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * A fixed list of billers, given at construction: for tests, demos and hosts whose billers come
 * from configuration rather than a database. Immutable, hence thread-safe.
 */
public final class InMemoryBillerCatalog implements BillerCatalog {

  private final List<Biller> billers;
  private final Map<BillerId, Biller> byId;

  /**
   * @throws IllegalArgumentException if two billers share an id: which one a payment goes to
   *     must never depend on list order
   */
  public InMemoryBillerCatalog(List<Biller> billers) {
    Objects.requireNonNull(billers, "billers");
    if (billers.contains(null)) {
      throw new IllegalArgumentException("billers must not contain null");
    }
    List<BillerId> repeated = billers.map(Biller::id).groupBy(id -> id)
        .filterValues(ids -> ids.size() > 1).keySet().toList();
    if (!repeated.isEmpty()) {
      throw new IllegalArgumentException("biller ids must be unique, repeated: " + repeated);
    }
    this.billers = billers;
    this.byId = billers.toLinkedMap(Biller::id, biller -> biller);
  }

  public static InMemoryBillerCatalog of(Biller... billers) {
    return new InMemoryBillerCatalog(List.of(billers));
  }

  @Override
  public Option<Biller> find(BillerId id) {
    return byId.get(Objects.requireNonNull(id, "id"));
  }

  /** Every biller, in the order given. */
  @Override
  public List<Biller> all() {
    return billers;
  }
}
