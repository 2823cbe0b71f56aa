package io.taksit.domain.bill;

import static io.taksit.domain.bill.BillFixtures.egp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taksit.domain.error.PolicyError;
import io.taksit.domain.money.Currencies;
import io.taksit.domain.money.Money;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InvoiceTest {

  @Test
  void keeps_a_consistent_invoice_as_given() {
    Invoice invoice = Invoice.of(2, "March", egp("300"), Option.some(egp("100")),
        Option.some(egp("500")), Option.some(LocalDate.of(2025, 3, 31)), true).get();

    assertThat(invoice.sequence()).isEqualTo(2);
    assertThat(invoice.alias()).isEqualTo("March");
    assertThat(invoice.minimum()).contains(egp("100"));
    assertThat(invoice.mandatory()).isTrue();
  }

  @Test
  void a_missing_alias_becomes_empty_and_zero_is_a_valid_amount() {
    Invoice invoice = Invoice.of(1, null, egp("0"), Option.none(), Option.none(), Option.none(),
        false).get();

    assertThat(invoice.alias()).isEmpty();
  }

  @Test
  void refuses_inconsistent_invoices() {
    assertThat(Invoice.of(0, egp("1")).getLeft())
        .isEqualTo(new PolicyError.InvalidInvoice(0, "sequence must be 1 or more, was 0"));
    assertThat(Invoice.of(1, egp("-1")).getLeft())
        .isEqualTo(new PolicyError.InvalidInvoice(1, "amount must not be negative, was -1.00 EGP"));
    assertThat(invoiceWith("100", "101", null).getLeft())
        .isEqualTo(new PolicyError.InvalidInvoice(1,
            "minimum 101.00 EGP must not be above the amount 100.00 EGP"));
    assertThat(invoiceWith("100", "50", "40").getLeft())
        .isEqualTo(new PolicyError.InvalidInvoice(1,
            "minimum 50.00 EGP must not be above the maximum 40.00 EGP"));
    assertThat(invoiceWith("100", null, "-1").getLeft())
        .isInstanceOf(PolicyError.InvalidInvoice.class);
    Money lira = Money.ofMinor(100, Currencies.TRY);
    assertThat(Invoice.of(1, "", egp("100"), Option.some(lira), Option.none(), Option.none(), false)
        .getLeft()).isInstanceOf(PolicyError.InvalidInvoice.class);
    assertThatThrownBy(() -> new Invoice(0, "", egp("1"), Option.none(), Option.none(),
        Option.none(), false)).isInstanceOf(IllegalArgumentException.class);
  }

  private static io.vavr.control.Either<PolicyError, Invoice> invoiceWith(String amount,
      String minimum, String maximum) {
    return Invoice.of(1, "", egp(amount), Option.of(minimum).map(BillFixtures::egp),
        Option.of(maximum).map(BillFixtures::egp), Option.none(), false);
  }
}
