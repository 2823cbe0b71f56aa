package io.taksit.domain.bill;

import static io.taksit.domain.bill.BillFixtures.NOW;
import static io.taksit.domain.bill.BillFixtures.bill;
import static io.taksit.domain.bill.BillFixtures.billWithoutInvoices;
import static io.taksit.domain.bill.BillFixtures.chosen;
import static io.taksit.domain.bill.BillFixtures.egp;
import static io.taksit.domain.bill.BillFixtures.invoice;
import static org.assertj.core.api.Assertions.assertThat;

import io.taksit.domain.error.PolicyError;
import io.taksit.domain.money.Currencies;
import io.taksit.domain.money.Money;
import io.vavr.collection.List;
import io.vavr.collection.SortedSet;
import io.vavr.control.Either;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PaymentPolicyTest {

  private static final PaymentPolicy FIXED_ONE =
      new PaymentPolicy(PaymentMode.FIXED, InvoiceSelection.ONE, false);
  private static final PaymentPolicy FIXED_ALL =
      new PaymentPolicy(PaymentMode.FIXED, InvoiceSelection.ALL, false);
  private static final PaymentPolicy PARTIAL_ANY =
      new PaymentPolicy(PaymentMode.PARTIAL, InvoiceSelection.ANY_SUBSET, false);
  private static final PaymentPolicy ADVANCE_ANY =
      new PaymentPolicy(PaymentMode.ADVANCE, InvoiceSelection.ANY_SUBSET, false);

  private final Bill threeInvoices = bill(invoice(1, "100"), invoice(2, "200"), invoice(3, "300"));

  private static PolicyError refusal(PaymentPolicy policy, Bill bill, String amount,
      SortedSet<Integer> chosen) {
    return policy.check(bill, egp(amount), chosen, NOW).getLeft();
  }

  @Nested
  class BeforeAnyInvoiceIsLookedAt {

    @Test
    void an_expired_bill_is_refused_first() {
      Bill bill = bill(invoice(1, "100"));

      assertThat(FIXED_ONE.check(bill, egp("7"), chosen(9), NOW.plusSeconds(600)))
          .isEqualTo(Either.left(new PolicyError.BillExpired(NOW.plusSeconds(600))));
    }

    @Test
    void an_amount_in_another_currency_is_refused() {
      assertThat(FIXED_ALL.check(threeInvoices, Money.ofMinor(60000, Currencies.TRY), chosen(),
          NOW)).isEqualTo(Either.left(new PolicyError.WrongCurrency("EGP", "TRY")));
    }

    @Test
    void a_zero_or_negative_amount_is_refused() {
      assertThat(refusal(FIXED_ALL, threeInvoices, "0", chosen()))
          .isEqualTo(new PolicyError.AmountNotPositive(egp("0")));
      assertThat(refusal(PARTIAL_ANY, threeInvoices, "-5", chosen(1)))
          .isEqualTo(new PolicyError.AmountNotPositive(egp("-5")));
    }

    @Test
    void an_invoice_not_on_the_bill_is_refused() {
      assertThat(refusal(PARTIAL_ANY, threeInvoices, "100", chosen(1, 4, 5)))
          .isEqualTo(new PolicyError.UnknownInvoice(4));
      assertThat(refusal(PARTIAL_ANY, billWithoutInvoices("100"), "100", chosen(1)))
          .isEqualTo(new PolicyError.UnknownInvoice(1));
    }
  }

  @Nested
  class InvoiceSelectionRules {

    @Test
    void one_invoice_biller_refuses_several_or_none_of_several() {
      assertThat(refusal(FIXED_ONE, threeInvoices, "300", chosen(1, 2)))
          .isEqualTo(new PolicyError.ExactlyOneInvoiceRequired(2));
      assertThat(refusal(FIXED_ONE, threeInvoices, "300", chosen()))
          .isEqualTo(new PolicyError.NoInvoiceChosen());
    }

    @Test
    void one_invoice_biller_takes_the_only_invoice_when_none_is_named() {
      Bill bill = bill(invoice(7, "70"));

      assertThat(FIXED_ONE.check(bill, egp("70"), chosen(), NOW))
          .isEqualTo(Either.right(new AllowedPayment(List.of(invoice(7, "70")), egp("70"),
              egp("70"))));
    }

    @Test
    void one_invoice_biller_paying_oldest_first_takes_only_the_oldest() {
      PaymentPolicy policy = new PaymentPolicy(PaymentMode.FIXED, InvoiceSelection.ONE, true);

      assertThat(refusal(policy, threeInvoices, "200", chosen(2)))
          .isEqualTo(new PolicyError.InvoicesOutOfSequence(1, 2));
      assertThat(policy.check(threeInvoices, egp("100"), chosen(1), NOW).isRight()).isTrue();
    }

    @Test
    void all_invoices_biller_names_the_missing_ones() {
      assertThat(refusal(FIXED_ALL, threeInvoices, "300", chosen(2)))
          .isEqualTo(new PolicyError.MustPayAllInvoices(chosen(1, 3)));
    }

    @Test
    void all_invoices_biller_reads_no_choice_as_all() {
      AllowedPayment allowed = FIXED_ALL.check(threeInvoices, egp("600"), chosen(), NOW).get();

      assertThat(allowed.invoices().map(Invoice::sequence)).containsExactly(1, 2, 3);
      assertThat(allowed.due()).isEqualTo(egp("600"));
    }

    @Test
    void any_subset_biller_needs_a_choice_and_every_mandatory_invoice() {
      Bill bill = bill(invoice(1, "100"), invoice(2, "200", null, null, true), invoice(3, "300"));

      assertThat(refusal(PARTIAL_ANY, bill, "100", chosen()))
          .isEqualTo(new PolicyError.NoInvoiceChosen());
      assertThat(refusal(PARTIAL_ANY, bill, "100", chosen(1, 3)))
          .isEqualTo(new PolicyError.InvoiceMandatory(2));
      assertThat(PARTIAL_ANY.check(bill, egp("150"), chosen(2, 3), NOW).isRight()).isTrue();
    }

    @Test
    void oldest_first_names_the_skipped_invoice_and_the_later_one_chosen() {
      PaymentPolicy policy =
          new PaymentPolicy(PaymentMode.PARTIAL, InvoiceSelection.ANY_SUBSET, true);
      Bill four = bill(invoice(1, "1"), invoice(2, "2"), invoice(5, "5"), invoice(9, "9"));

      assertThat(refusal(policy, four, "3", chosen(1, 5)))
          .isEqualTo(new PolicyError.InvoicesOutOfSequence(2, 5));
      assertThat(refusal(policy, four, "3", chosen(9)))
          .isEqualTo(new PolicyError.InvoicesOutOfSequence(1, 9));
      assertThat(policy.check(four, egp("3"), chosen(1, 2), NOW).isRight()).isTrue();
    }
  }

  @Nested
  class PaymentModeRules {

    @Test
    void fixed_takes_exactly_what_the_chosen_invoices_make_due() {
      assertThat(refusal(FIXED_ALL, threeInvoices, "599.99", chosen()))
          .isEqualTo(new PolicyError.AmountMustEqualDue(egp("599.99"), egp("600")));
    }

    @Test
    void partial_takes_up_to_what_is_due() {
      assertThat(refusal(PARTIAL_ANY, threeInvoices, "300.01", chosen(1, 2)))
          .isEqualTo(new PolicyError.AboveDue(egp("300.01"), egp("300")));
      assertThat(PARTIAL_ANY.check(threeInvoices, egp("0.01"), chosen(1, 2), NOW).get())
          .isEqualTo(new AllowedPayment(List.of(invoice(1, "100"), invoice(2, "200")),
              egp("0.01"), egp("300")));
    }

    @Test
    void partial_takes_at_least_the_sum_of_the_minimums_naming_the_lowest_chosen_invoice() {
      Bill bill = bill(invoice(1, "100"), invoice(2, "200", "50", null, false),
          invoice(3, "300", "30", null, false));

      assertThat(refusal(PARTIAL_ANY, bill, "49.99", chosen(2)))
          .isEqualTo(new PolicyError.BelowInvoiceMinimum(2, egp("49.99"), egp("50")));
      assertThat(refusal(PARTIAL_ANY, bill, "79.99", chosen(1, 2, 3)))
          .isEqualTo(new PolicyError.BelowInvoiceMinimum(1, egp("79.99"), egp("80")));
      assertThat(PARTIAL_ANY.check(bill, egp("80"), chosen(1, 2, 3), NOW).isRight()).isTrue();
    }

    @Test
    void advance_may_pay_more_than_due_up_to_the_sum_of_the_maximums() {
      Bill bill = bill(invoice(1, "100", "10", "1000", false),
          invoice(2, "200", null, "500", false));

      assertThat(ADVANCE_ANY.check(bill, egp("1500"), chosen(1, 2), NOW).get().due())
          .isEqualTo(egp("300"));
      assertThat(refusal(ADVANCE_ANY, bill, "1500.01", chosen(1, 2)))
          .isEqualTo(new PolicyError.AboveInvoiceMaximum(1, egp("1500.01"), egp("1500")));
      assertThat(refusal(ADVANCE_ANY, bill, "9.99", chosen(1)))
          .isEqualTo(new PolicyError.BelowInvoiceMinimum(1, egp("9.99"), egp("10")));
    }

    @Test
    void advance_has_no_upper_bound_when_a_chosen_invoice_has_no_maximum() {
      Bill bill = bill(invoice(1, "100", null, "150", false), invoice(2, "200"));

      assertThat(ADVANCE_ANY.check(bill, egp("100000"), chosen(1, 2), NOW).isRight()).isTrue();
    }

    @Test
    void a_bill_without_invoices_is_due_its_total() {
      Bill bill = billWithoutInvoices("250");

      assertThat(FIXED_ALL.check(bill, egp("250"), chosen(), NOW))
          .isEqualTo(Either.right(new AllowedPayment(List.empty(), egp("250"), egp("250"))));
      assertThat(refusal(FIXED_ONE, bill, "200", chosen()))
          .isEqualTo(new PolicyError.AmountMustEqualDue(egp("200"), egp("250")));
      assertThat(refusal(PARTIAL_ANY, bill, "251", chosen()))
          .isEqualTo(new PolicyError.AboveDue(egp("251"), egp("250")));
      assertThat(ADVANCE_ANY.check(bill, egp("9999"), chosen(), NOW).isRight()).isTrue();
    }
  }
}
