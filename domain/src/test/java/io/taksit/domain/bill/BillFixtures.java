package io.taksit.domain.bill;

import io.taksit.domain.money.Currencies;
import io.taksit.domain.money.Money;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;

/** Readable builders for bills and invoices in EGP. */
final class BillFixtures {

  static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
  static final BillerId BILLER = new BillerId("momkn-362");
  static final AccountRef ACCOUNT = new AccountRef("01001234567");
  static final BillReference BRN = new BillReference("BRN-771");

  private BillFixtures() {}

  static Money egp(String amount) {
    return Money.of(new BigDecimal(amount), Currencies.EGP).get();
  }

  static Invoice invoice(int sequence, String amount) {
    return Invoice.of(sequence, egp(amount)).get();
  }

  static Invoice invoice(int sequence, String amount, String minimum, String maximum,
      boolean mandatory) {
    return Invoice.of(sequence, "inv-" + sequence, egp(amount),
        Option.of(minimum).map(BillFixtures::egp), Option.of(maximum).map(BillFixtures::egp),
        Option.none(), mandatory).get();
  }

  static Bill bill(Invoice... invoices) {
    List<Invoice> list = List.of(invoices);
    Money total = Money.ofMinor(list.map(i -> i.amount().minorUnits())
        .fold(java.math.BigInteger.ZERO, java.math.BigInteger::add), Currencies.EGP);
    return Bill.of(BILLER, ACCOUNT, BRN, Option.some("Mona"), HashMap.of("Penalty", "0"), list,
        total, Option.some(NOW.plusSeconds(600))).get();
  }

  static Bill billWithoutInvoices(String totalDue) {
    return Bill.of(BILLER, ACCOUNT, BRN, Option.none(), HashMap.empty(), List.empty(),
        egp(totalDue), Option.none()).get();
  }

  static SortedSet<Integer> chosen(Integer... sequences) {
    return TreeSet.of(sequences);
  }
}
