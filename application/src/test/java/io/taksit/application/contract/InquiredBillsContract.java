package io.taksit.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taksit.application.port.out.InquiredBills;
import io.taksit.domain.bill.Bill;
import io.taksit.domain.bill.BillReference;
import io.taksit.domain.money.Currencies;
import io.taksit.domain.money.Money;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What every {@link InquiredBills} must do: give back the latest remembered answer for a bill
 * reference, whole and equal, so that the fee quote and the payment are checked against exactly
 * what the provider said was due.
 *
 * <p>Choices the port leaves open and this contract settles: remembering a reference again
 * replaces the earlier answer; a reader never sees half of one answer and half of another; a
 * null argument is a programming error. How long bills are kept is the adapter's choice (a
 * capacity, a retention), but a bill just remembered, and the hundred before it, are found.
 */
public abstract class InquiredBillsContract {

  /** New, empty storage; called once per test. */
  protected abstract InquiredBills newBills();

  private InquiredBills bills;

  @BeforeEach
  void freshBills() {
    bills = newBills();
  }

  @Test
  @DisplayName("a full bill comes back equal: invoices, bounds, due dates, fields, name, expiry")
  void fullBillRoundTrips() {
    Bill bill = StoreSamples.fullBill("BRN-771");

    bills.remember(bill);

    assertSameBill(bills.find(bill.reference()), bill);
  }

  @Test
  @DisplayName("two invoices with Sipay's expenses come back with them, typed, parts and all")
  void invoiceExpensesRoundTrip() {
    Currency tl = Currencies.TRY;
    io.taksit.domain.bill.Invoice both = StoreSamples.invoice(1, "Ekim", Money.ofMinor(12_050, tl),
        Option.none(), Option.none(), Option.none(), true).withExpenses(
            new io.taksit.domain.bill.InvoiceExpenses(Money.ofMinor(1_000, tl),
                Option.some(Money.ofMinor(600, tl)), Option.some(Money.ofMinor(400, tl)))).get();
    io.taksit.domain.bill.Invoice totalOnly = StoreSamples.invoice(2, "Kasım",
        Money.ofMinor(9_900, tl), Option.none(), Option.none(), Option.none(), false).withExpenses(
            new io.taksit.domain.bill.InvoiceExpenses(Money.ofMinor(250, tl), Option.none(),
                Option.none())).get();
    Bill bill = Bill.of(StoreSamples.sipayGas().id(), new io.taksit.domain.bill.AccountRef("A-9"),
        new BillReference("sipay-771"), Option.none(),
        io.vavr.collection.LinkedHashMap.empty(), List.of(both, totalOnly),
        Money.ofMinor(21_950, tl), Option.none()).get();

    bills.remember(bill);

    assertSameBill(bills.find(bill.reference()), bill);
    assertThat(bills.find(bill.reference()).get().invoices().map(i -> i.expenses()))
        .containsExactly(both.expenses(), totalOnly.expenses());
  }

  @Test
  @DisplayName("a bill with nothing optional comes back equal")
  void bareBillRoundTrips() {
    Bill bill = StoreSamples.bareBill("oid:77/İ-ş", Money.ofMinor(0, Currencies.TRY));

    bills.remember(bill);

    assertSameBill(bills.find(bill.reference()), bill);
  }

  @Test
  @DisplayName("amounts keep their currency and exactly its scale (0, 2 or 3 decimals)")
  void keepsMoneyScaleAndCurrency() {
    for (String code : List.of("EGP", "KWD", "JPY", "BHD")) {
      Currency currency = Currency.getInstance(code);
      Bill bill = StoreSamples.oneInvoiceBill("BRN-" + code,
          Money.ofMinor(1_234_567_891L, currency), Option.none());

      bills.remember(bill);

      Bill found = bills.find(bill.reference()).get();
      assertThat(found.totalDue().amount().scale()).isEqualTo(Currencies.scaleOf(currency));
      assertThat(found.invoices().head().amount()).isEqualTo(bill.totalDue());
      assertSameBill(Option.some(found), bill);
    }
  }

  @Test
  @DisplayName("an unknown reference is not found")
  void unknownReferenceIsNotFound() {
    bills.remember(StoreSamples.fullBill("BRN-771"));

    assertThat(bills.find(new BillReference("BRN-404"))).isEmpty();
    assertThat(bills.find(new BillReference("brn-771"))).as("references are exact").isEmpty();
  }

  @Test
  @DisplayName("remembering a reference again replaces the earlier answer, invoices and all")
  void latestAnswerWins() {
    Bill first = StoreSamples.fullBill("BRN-771");
    Bill second = StoreSamples.oneInvoiceBill("BRN-771", Money.ofMinor(42_000, Currencies.EGP),
        Option.some(StoreSamples.T0.plusSeconds(600)));
    bills.remember(first);

    bills.remember(second);

    assertSameBill(bills.find(second.reference()), second);
  }

  @Test
  @DisplayName("many bills are kept apart by reference")
  void billsAreKeptApart() {
    List<Bill> remembered = List.range(0, 100).map(n -> StoreSamples.oneInvoiceBill("BRN-" + n,
        Money.ofMinor(10_000L + n, Currencies.EGP), Option.none()));
    remembered.forEach(bills::remember);

    for (Bill bill : remembered) {
      assertSameBill(bills.find(bill.reference()), bill);
    }
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  @DisplayName("writers replacing one bill while readers read: every read is one whole answer")
  void concurrentRemembersNeverMixAnswers() throws Exception {
    List<Bill> versions = List.range(0, 6).map(n -> n % 2 == 0
        ? StoreSamples.oneInvoiceBill("BRN-hot", Money.ofMinor(1_000L + n, Currencies.EGP),
            Option.none())
        : StoreSamples.fullBill("BRN-hot"));
    bills.remember(versions.head());
    int threads = 8;

    java.util.List<java.util.List<Option<Bill>>> reads = Concurrently.run(threads,
        Duration.ofSeconds(45), thread -> {
          java.util.List<Option<Bill>> seen = new ArrayList<>();
          for (int round = 0; round < 25; round++) {
            if (thread % 2 == 0) {
              bills.remember(versions.get((thread + round) % versions.size()));
            } else {
              seen.add(bills.find(new BillReference("BRN-hot")));
            }
          }
          return seen;
        });

    for (Option<Bill> read : List.ofAll(reads).flatMap(List::ofAll)) {
      assertThat(read).as("a read while others remember").isNotEmpty();
      assertThat(versions).as("every read is one remembered answer").contains(read.get());
    }
    assertThat(versions).contains(bills.find(new BillReference("BRN-hot")).get());
  }

  @Test
  @DisplayName("null arguments are programming errors")
  void nullsThrow() {
    assertThatThrownBy(() -> bills.remember(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> bills.find(null)).isInstanceOf(NullPointerException.class);
  }

  /** Field by field first, so a failing adapter learns what it lost, then whole equality. */
  protected static void assertSameBill(Option<Bill> found, Bill expected) {
    assertThat(found).as("bill %s found", expected.reference()).isNotEmpty();
    Bill actual = found.get();
    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(actual.billerId()).as("billerId").isEqualTo(expected.billerId());
    soft.assertThat(actual.account()).as("account").isEqualTo(expected.account());
    soft.assertThat(actual.reference()).as("reference").isEqualTo(expected.reference());
    soft.assertThat(actual.customerName()).as("customerName").isEqualTo(expected.customerName());
    soft.assertThat(actual.data()).as("data").isEqualTo(expected.data());
    soft.assertThat(actual.data().keySet().toList()).as("data in its order")
        .isEqualTo(expected.data().keySet().toList());
    soft.assertThat(actual.invoices()).as("invoices")
        .containsExactlyElementsOf(expected.invoices());
    soft.assertThat(actual.totalDue()).as("totalDue").isEqualTo(expected.totalDue());
    soft.assertThat(actual.totalDue().amount()).as("totalDue with its scale")
        .isEqualTo(expected.totalDue().amount());
    soft.assertThat(actual.expiresAt()).as("expiresAt").isEqualTo(expected.expiresAt());
    soft.assertAll();
    assertThat(actual).isEqualTo(expected);
  }
}
