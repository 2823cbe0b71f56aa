package io.taksit.application.port.out;

import io.taksit.domain.bill.Biller;
import io.taksit.domain.bill.BillerId;
import io.vavr.collection.List;
import io.vavr.control.Option;

/** The billers a host offers, with their amount rules and payment policies. */
public interface BillerCatalog {

  Option<Biller> find(BillerId id);

  List<Biller> all();
}
