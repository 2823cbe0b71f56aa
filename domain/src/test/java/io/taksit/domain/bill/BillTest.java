package io.taksit.domain.bill;

import static io.taksit.domain.bill.BillFixtures.ACCOUNT;
import static io.taksit.domain.bill.BillFixtures.BILLER;
import static io.taksit.domain.bill.BillFixtures.BRN;
import static io.taksit.domain.bill.BillFixtures.NOW;
import static io.taksit.domain.bill.BillFixtures.bill;
import static io.taksit.domain.bill.BillFixtures.chosen;
import static io.taksit.domain.bill.BillFixtures.egp;
import static io.taksit.domain.bill.BillFixtures.invoice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taksit.domain.error.PolicyError;
import io.taksit.domain.money.Currencies;
import io.taksit.domain.money.Money;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BillTest {

  private static Either<PolicyError, Bill> billOf(List<Invoice> invoices, Money total) {
    return Bill.of(BILLER, ACCOUNT, BRN, Option.none(), HashMap.empty(), invoices, total,
        Option.none());
  }

  @Test
  void puts_invoices_in_sequence_order_and_keeps_provider_data_verbatim() {
    Bill bill = Bill.of(BILLER, ACCOUNT, BRN, Option.some("Mona"),
        HashMap.of("Installment", "450.00", "Penalty", "12.50"),
        List.of(invoice(3, "30"), invoice(1, "10"), invoice(2, "20")), egp("60"),
        Option.none()).get();

    assertThat(bill.invoices().map(Invoice::sequence)).containsExactly(1, 2, 3);
    assertThat(bill.data().get("Penalty")).contains("12.50");
    assertThat(bill.currency()).isEqualTo(Currencies.EGP);
    assertThat(bill.sequences()).containsExactly(1, 2, 3);
  }

  @Test
  void refuses_a_sequence_twice_mixed_currencies_and_a_negative_total() {
    assertThat(billOf(List.of(invoice(1, "10"), invoice(1, "20")), egp("30")).getLeft())
        .isEqualTo(new PolicyError.InvalidBill("invoice sequence 1 appears more than once"));
    assertThat(billOf(List.of(invoice(1, "10")), Money.ofMinor(1000, Currencies.TRY)).getLeft())
        .isEqualTo(new PolicyError.InvalidBill("invoice 1 is in EGP, the bill in TRY"));
    assertThat(billOf(List.empty(), egp("-1")).getLeft())
        .isEqualTo(new PolicyError.InvalidBill("total due must not be negative, was -1.00 EGP"));
    assertThat(Bill.of(BILLER, ACCOUNT, BRN, Option.none(), HashMap.of("Penalty", null),
        List.empty(), egp("1"), Option.none()).getLeft())
        .isInstanceOf(PolicyError.InvalidBill.class);
  }

  @Test
  void the_constructor_refuses_unsorted_invoices() {
    assertThatThrownBy(() -> new Bill(BILLER, ACCOUNT, BRN, Option.none(), HashMap.empty(),
        List.of(invoice(2, "20"), invoice(1, "10")), egp("30"), Option.none()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void finds_invoices_and_sums_what_a_choice_makes_due() {
    Bill bill = bill(invoice(1, "10.50"), invoice(2, "20"), invoice(4, "40"));

    assertThat(bill.invoice(2)).contains(invoice(2, "20"));
    assertThat(bill.invoice(3)).isEmpty();
    assertThat(bill.dueFor(chosen(1, 4))).isEqualTo(Either.right(egp("50.50")));
    assertThat(bill.dueFor(chosen())).isEqualTo(Either.right(egp("0")));
    assertThat(bill.dueFor(chosen(1, 3))).isEqualTo(Either.left(new PolicyError.UnknownInvoice(3)));
  }

  @Test
  void expires_at_the_expiry_instant_not_before() {
    Bill bill = bill(invoice(1, "10"));
    Instant expiry = bill.expiresAt().get();

    assertThat(bill.isExpiredAt(expiry.minusMillis(1))).isFalse();
    assertThat(bill.isExpiredAt(expiry)).isTrue();
    assertThat(BillFixtures.billWithoutInvoices("5").isExpiredAt(NOW.plusSeconds(1_000_000)))
        .isFalse();
  }
}
