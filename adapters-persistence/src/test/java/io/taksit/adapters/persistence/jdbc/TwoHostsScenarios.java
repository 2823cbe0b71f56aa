package io.taksit.adapters.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.taksit.application.contract.MovableClock;
import io.taksit.application.contract.StoreSamples;
import io.taksit.application.failure.Failure;
import io.taksit.application.port.in.InquireBill;
import io.taksit.application.port.in.PayBill;
import io.taksit.application.port.in.QuoteFees;
import io.taksit.application.port.in.ReconcilePayments;
import io.taksit.application.port.out.FeeQuotes.QuotedFee;
import io.taksit.domain.bill.Bill;
import io.taksit.domain.fee.FeeSchedule;
import io.taksit.domain.money.Currencies;
import io.taksit.domain.money.Money;
import io.taksit.domain.payment.IdempotencyKey;
import io.taksit.domain.payment.Payment;
import io.taksit.domain.payment.PaymentEvent;
import io.taksit.domain.payment.PaymentStatus;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Host instances sharing one database, built from the real application services: what one
 * instance inquired and quoted, another pays; what a dying instance left half done, another
 * finishes through the provider's status call, never by paying again.
 */
abstract class TwoHostsScenarios {

  private static final Instant START = Instant.parse("2026-11-21T10:00:00Z");
  private static final String ACCOUNT = "01001234567";

  private final MovableClock clock = new MovableClock(START);
  private final ProviderStub provider = new ProviderStub();
  private final List<TestHost> hosts = new ArrayList<>();
  private Bill owed;

  /** Empties or creates the shared, migrated database of this test. */
  protected abstract void freshDatabase();

  /** A new connection pool to this test's database, as a new host process would open. */
  protected abstract HikariDataSource newPool();

  @BeforeEach
  void takkaOwesAnInstallment() {
    freshDatabase();
    owed = StoreSamples.oneInvoiceBill("BRN-2611", Money.ofMinor(50_000, Currencies.EGP),
        Option.some(START.plus(Duration.ofDays(3))));
    provider.owing(owed);
    TestHost operator = host();
    operator.catalog.save(StoreSamples.takka());
    operator.schedules.save(StoreSamples.takka().id(), FeeSchedule.flat(
        Money.ofMinor(250, Currencies.EGP), new BigDecimal("1.25"), Option.none(),
        Option.some(Money.ofMinor(1_000, Currencies.EGP)), new BigDecimal("0.14"),
        RoundingMode.HALF_UP).get());
  }

  @AfterEach
  void stopHosts() {
    hosts.forEach(TestHost::close);
  }

  private TestHost host() {
    TestHost host = new TestHost(newPool(), provider, clock);
    hosts.add(host);
    return host;
  }

  private static PayBill.Command payByQuote(String key, QuotedFee quote) {
    return new PayBill.Command(key, quote.billReference().value(), quote.quote().amount().amount(),
        "EGP", Set.of(1), quote.id(), null);
  }

  private static PayBill.Command payByTotal(String key, String reference, String total) {
    return new PayBill.Command(key, reference, new BigDecimal("500.00"), "EGP", Set.of(1), null,
        new BigDecimal(total));
  }

  private Bill inquireOn(TestHost host) {
    return host.inquire.inquire(new InquireBill.Command("momkn-362", ACCOUNT, Map.of())).get();
  }

  private ReconcilePayments.Report reconcileOn(TestHost host) {
    return host.reconcile.reconcile(new ReconcilePayments.Command(clock.instant(), 100)).get();
  }

  @Test
  @DisplayName("a bill inquired and quoted on instance A is paid on instance B, once")
  void inquiryOnOneInstancePaymentOnAnother() {
    TestHost a = host();
    TestHost b = host();
    Bill bill = inquireOn(a);
    QuotedFee quote = a.quoteFees.quote(new QuoteFees.Command(bill.reference().value(),
        new BigDecimal("500"), "EGP", Set.of(1))).get();
    // 2.50 + 1.25 % of 500.00 = 8.75 (under the 10.00 cap); tax 14 % of it = 1.23 (half up).
    assertThat(quote.quote().total()).isEqualTo(Money.ofMinor(50_998, Currencies.EGP));

    Payment paid = b.pay.pay(payByQuote("order-1", quote)).get();

    assertThat(paid.status()).isEqualTo(PaymentStatus.SUCCEEDED);
    assertThat(paid.details().feeQuote()).contains(quote.quote());
    assertThat(provider.payRequests).singleElement().satisfies(request ->
        assertThat(request.inquiredBill()).as("B sent A's inquiry answer").contains(bill));
    // A replay on A is the same payment; another key for the bill is refused on either.
    assertThat(a.pay.pay(payByQuote("order-1", quote)).get()).isEqualTo(paid);
    assertThat(a.pay.pay(payByTotal("order-2", bill.reference().value(), "509.98")).getLeft())
        .isEqualTo(new Failure.BillAlreadyPaid(bill.reference().value(), paid.id().value(),
            "SUCCEEDED"));
    assertThat(provider.payCalls()).isEqualTo(1);
  }

  @Test
  @DisplayName("a payment left CREATED by a dead instance is resolved by the status call, after the first check delay")
  void paymentLeftByADeadInstanceIsResolvedThroughTheStatusCall() {
    TestHost a = host();
    Bill bill = inquireOn(a);
    // The provider charges, then instance A dies before it can store the answer.
    provider.duringPay(a::die);

    Failure failure = a.pay.pay(payByTotal("order-1", bill.reference().value(), "509.98"))
        .getLeft();

    assertThat(failure).isInstanceOf(Failure.OutcomeNotRecorded.class);
    provider.duringPay(() -> { });
    TestHost b = host();
    Payment left = b.payments.findByIdempotencyKey(new IdempotencyKey("order-1")).get();
    assertThat(left.status()).isEqualTo(PaymentStatus.CREATED);
    assertThat(left.attempts()).isEmpty();
    assertThat(provider.charges(left.id())).isEqualTo(1);

    // Before its first check the payment is not due: nobody asks the provider.
    clock.advance(Duration.ofSeconds(59));
    assertThat(reconcileOn(b).checked()).isEmpty();
    clock.advance(Duration.ofSeconds(1));
    ReconcilePayments.Report report = reconcileOn(b);

    assertThat(report.checked()).singleElement().satisfies(checked -> {
      assertThat(checked.paymentId()).isEqualTo(left.id());
      assertThat(checked.before()).isEqualTo(PaymentStatus.CREATED);
      assertThat(checked.after()).isEqualTo(PaymentStatus.SUCCEEDED);
    });
    assertThat(provider.statusCalls()).isEqualTo(1);
    assertThat(provider.payCalls()).as("never paid again").isEqualTo(1);
    Payment resolved = b.payments.findById(left.id()).get();
    assertThat(resolved.status()).isEqualTo(PaymentStatus.SUCCEEDED);
    assertThat(resolved.events()).hasSize(2);
    assertThat(resolved.events().get(0)).isInstanceOf(PaymentEvent.Created.class);
    assertThat(resolved.events().get(1)).isInstanceOfSatisfying(PaymentEvent.StatusChecked.class,
        checked -> {
          assertThat(checked.from()).isEqualTo(PaymentStatus.CREATED);
          assertThat(checked.status()).isEqualTo(PaymentStatus.SUCCEEDED);
          assertThat(checked.at()).isEqualTo(START.plus(Duration.ofMinutes(1)));
        });
    assertThat(b.published).containsExactly(resolved.events().get(1));
    // Nothing is due any more, and the bill stays paid.
    clock.advance(Duration.ofDays(1));
    assertThat(reconcileOn(b).checked()).isEmpty();
    assertThat(b.pay.pay(payByTotal("order-2", bill.reference().value(), "509.98")).getLeft())
        .isInstanceOf(Failure.BillAlreadyPaid.class);
    assertThat(provider.statusCalls()).isEqualTo(1);
    assertThat(provider.totalCharges()).isEqualTo(1);
  }

  @Test
  @DisplayName("a claim held by an instance that died mid-check is taken over once its lease ends")
  void claimOfADeadReconcilerIsTakenOverAfterTheLease() {
    TestHost a = host();
    Bill bill = inquireOn(a);
    provider.duringPay(a::die);
    a.pay.pay(payByTotal("order-1", bill.reference().value(), "509.98"));
    provider.duringPay(() -> { });

    // Instance B claims the payment and dies while asking the provider about it.
    TestHost b = host();
    clock.advance(Duration.ofMinutes(2));
    provider.duringStatus(b::die);
    ReconcilePayments.Report dying = reconcileOn(b);
    assertThat(dying.checked()).singleElement().satisfies(checked ->
        assertThat(checked.after()).isEqualTo(PaymentStatus.CREATED));
    provider.duringStatus(() -> { });

    // Instance C finds the claim still leased to B, and leaves it until the lease ends.
    TestHost c = host();
    clock.advance(TestHost.LEASE.minusSeconds(1));
    assertThat(reconcileOn(c).checked()).isEmpty();
    assertThat(provider.statusCalls()).isEqualTo(1);
    clock.advance(Duration.ofSeconds(1));
    ReconcilePayments.Report report = reconcileOn(c);

    assertThat(report.checked()).singleElement().satisfies(checked ->
        assertThat(checked.after()).isEqualTo(PaymentStatus.SUCCEEDED));
    assertThat(provider.statusCalls()).isEqualTo(2);
    assertThat(provider.payCalls()).isEqualTo(1);
    Payment resolved = c.payments.findByIdempotencyKey(new IdempotencyKey("order-1")).get();
    assertThat(resolved.status()).isEqualTo(PaymentStatus.SUCCEEDED);
    assertThat(resolved.events().map(PaymentEvent::status))
        .containsExactly(PaymentStatus.CREATED, PaymentStatus.SUCCEEDED);
    assertThat(c.published).containsExactly(resolved.events().last());
  }
}
