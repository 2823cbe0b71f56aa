package io.taksit.adapters.persistence.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taksit.application.port.out.FeeQuotes.QuotedFee;
import io.taksit.domain.amount.AmountRule;
import io.taksit.domain.bill.AccountRef;
import io.taksit.domain.bill.Bill;
import io.taksit.domain.bill.BillReference;
import io.taksit.domain.bill.Biller;
import io.taksit.domain.bill.BillerId;
import io.taksit.domain.bill.InvoiceSelection;
import io.taksit.domain.bill.PaymentMode;
import io.taksit.domain.bill.PaymentPolicy;
import io.taksit.domain.fee.FeeQuote;
import io.taksit.domain.fee.FeeSchedule;
import io.taksit.domain.fee.FeeSource;
import io.taksit.domain.money.Currencies;
import io.taksit.domain.money.Money;
import io.taksit.domain.payment.PaymentEvent;
import io.taksit.domain.payment.PaymentId;
import io.taksit.domain.payment.PaymentStatus;
import io.taksit.domain.provider.ProviderId;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The small in-memory ports: what tests and demos rely on them for. */
class InMemoryPortsTest {

  private static final Instant T0 = Instant.parse("2026-11-21T10:15:30.123456Z");

  @Test
  void paymentIdsAreUuidsThatFitEveryProviderField() {
    RandomIdGenerator ids = new RandomIdGenerator();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1_000; i++) {
      String id = ids.newPaymentId().value();
      assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}");
      assertThat(PaymentId.of(id).isRight()).isTrue();
      seen.add(id);
    }
    assertThat(seen).hasSize(1_000);
  }

  @Test
  void quoteIdsAreMarkedAndShort() {
    UUID uuid = UUID.fromString("123e4567-e89b-42d3-a456-426614174000");
    RandomIdGenerator ids = new RandomIdGenerator(() -> uuid);

    assertThat(ids.newQuoteId()).isEqualTo("q-123e4567e89b42d3a456426614174000");
    assertThat(new RandomIdGenerator().newQuoteId())
        .matches(Pattern.compile("q-[0-9a-f]{32}")).hasSizeLessThanOrEqualTo(36);
  }

  @Test
  void catalogFindsBillersAndKeepsTheirOrder() {
    Biller takka = biller("momkn-362");
    Biller gas = biller("sipay-gas");
    InMemoryBillerCatalog catalog = InMemoryBillerCatalog.of(takka, gas);

    assertThat(catalog.find(new BillerId("sipay-gas"))).containsExactly(gas);
    assertThat(catalog.find(new BillerId("nobody"))).isEmpty();
    assertThat(catalog.all()).containsExactly(takka, gas);
  }

  @Test
  void catalogRefusesRepeatedIds() {
    assertThatThrownBy(() -> InMemoryBillerCatalog.of(biller("momkn-362"), biller("momkn-362")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("momkn-362");
  }

  @Test
  void feeSchedulesByBiller() {
    FeeSchedule schedule = FeeSchedule.flat(Money.ofMinor(150, Currencies.TRY),
        new BigDecimal("0.01"), Option.none(), Option.none(), BigDecimal.ZERO,
        RoundingMode.HALF_UP).get();
    InMemoryFeeScheduleSource source =
        new InMemoryFeeScheduleSource(HashMap.of(new BillerId("sipay-gas"), schedule));

    assertThat(source.scheduleFor(new BillerId("sipay-gas"))).containsExactly(schedule);
    assertThat(source.scheduleFor(new BillerId("momkn-362"))).isEmpty();
    assertThat(InMemoryFeeScheduleSource.none().scheduleFor(new BillerId("sipay-gas"))).isEmpty();
  }

  @Test
  void inquiredBillsKeepTheLatestAnswerAndForgetTheOldestBeyondCapacity() {
    InMemoryInquiredBills bills = new InMemoryInquiredBills(2);
    Bill first = bill("BRN-1", 100);
    Bill second = bill("BRN-2", 200);
    Bill firstAgain = bill("BRN-1", 150);
    bills.remember(first);
    bills.remember(second);
    bills.remember(firstAgain);
    bills.remember(bill("BRN-3", 300));

    assertThat(bills.find(new BillReference("BRN-1"))).containsExactly(firstAgain);
    assertThat(bills.find(new BillReference("BRN-2"))).as("oldest, forgotten").isEmpty();
    assertThat(bills.find(new BillReference("BRN-3"))).isNotEmpty();
  }

  @Test
  void feeQuotesAreFoundByIdAndForgottenBeyondCapacity() {
    InMemoryFeeQuotes quotes = new InMemoryFeeQuotes(2);
    QuotedFee q1 = quoted("q-1");
    QuotedFee q2 = quoted("q-2");
    QuotedFee q3 = quoted("q-3");
    quotes.remember(q1);
    quotes.remember(q2);
    quotes.remember(q3);

    assertThat(quotes.find("q-1")).isEmpty();
    assertThat(quotes.find("q-2")).containsExactly(q2);
    assertThat(quotes.find("q-3")).containsExactly(q3);
  }

  @Test
  void recordsEveryEventOfConcurrentPublishersBatchByBatch() throws Exception {
    RecordingPaymentEvents events = new RecordingPaymentEvents();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      java.util.List<Future<?>> futures = new ArrayList<>();
      for (int thread = 0; thread < 8; thread++) {
        PaymentId id = new PaymentId("p-" + thread);
        futures.add(pool.submit(() -> {
          for (int n = 0; n < 100; n++) {
            Instant at = T0.plusSeconds(n);
            events.publish(List.of(new PaymentEvent.Created(id, at),
                new PaymentEvent.RetryStarted(id, at, PaymentStatus.NOT_PROCESSED,
                    PaymentStatus.CREATED, n)));
          }
        }));
      }
      for (Future<?> future : futures) {
        future.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    List<PaymentEvent> all = events.all();
    assertThat(all).hasSize(8 * 100 * 2);
    // A batch is appended whole: each Created is directly followed by its own RetryStarted.
    all.grouped(2).forEach(pair -> {
      assertThat(pair.get(0)).isInstanceOf(PaymentEvent.Created.class);
      assertThat(pair.get(1).paymentId()).isEqualTo(pair.get(0).paymentId());
      assertThat(pair.get(1).at()).isEqualTo(pair.get(0).at());
    });
    assertThat(events.of(new PaymentId("p-3"))).hasSize(200);
    events.clear();
    assertThat(events.all()).isEmpty();
  }

  private static Biller biller(String id) {
    AmountRule rule = AmountRule.unstepped(Money.ofMinor(100, Currencies.EGP),
        Money.ofMinor(1_000_000, Currencies.EGP)).get();
    return new Biller(new BillerId(id), "Biller " + id, new ProviderId("momkn"),
        "362", Currencies.EGP, rule, new PaymentPolicy(PaymentMode.FIXED, InvoiceSelection.ALL,
            true), true, true);
  }

  private static Bill bill(String reference, long minor) {
    return new Bill(new BillerId("momkn-362"), new AccountRef("01001234567"),
        new BillReference(reference), Option.none(), HashMap.empty(), List.empty(),
        Money.ofMinor(minor, Currencies.EGP), Option.none());
  }

  private static QuotedFee quoted(String id) {
    Money amount = Money.ofMinor(50_000, Currencies.EGP);
    FeeQuote quote = FeeQuote.computed(amount, Money.ofMinor(500, Currencies.EGP),
        Money.ofMinor(70, Currencies.EGP), Money.zero(Currencies.EGP), FeeSource.PROVIDER).get();
    return new QuotedFee(id, new BillReference("BRN-771"), quote, T0);
  }
}
