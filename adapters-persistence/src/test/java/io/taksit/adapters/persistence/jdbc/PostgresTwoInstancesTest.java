package io.taksit.adapters.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.taksit.application.contract.MovableClock;
import io.taksit.application.contract.PaymentSamples;
import io.taksit.application.contract.Concurrently;
import io.taksit.application.contract.StoreSamples;
import io.taksit.application.failure.Failure;
import io.taksit.application.port.in.InquireBill;
import io.taksit.application.port.in.PayBill;
import io.taksit.application.port.out.PaymentQuery;
import io.taksit.application.port.out.SaveOutcome;
import io.taksit.domain.bill.Bill;
import io.taksit.domain.money.Currencies;
import io.taksit.domain.money.Money;
import io.taksit.domain.payment.Payment;
import io.taksit.domain.payment.PaymentId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two hosts sharing one PostgreSQL database, each with its own pool and repository: the database,
 * not the JVM, keeps one payment per key, one live payment per bill and one claimer per lease.
 */
class PostgresTwoInstancesTest {

  private static final int THREADS_PER_INSTANCE = 16;
  private static final Duration LEASE = Duration.ofSeconds(30);

  private HikariDataSource poolA;
  private HikariDataSource poolB;
  private JdbcPaymentRepository first;
  private JdbcPaymentRepository second;
  private final PaymentSamples samples = new PaymentSamples();

  @BeforeEach
  void twoInstances() {
    EmbeddedPostgresHolder.emptied();
    poolA = EmbeddedPostgresHolder.newPool(THREADS_PER_INSTANCE);
    poolB = EmbeddedPostgresHolder.newPool(THREADS_PER_INSTANCE);
    first = new JdbcPaymentRepository(poolA);
    second = new JdbcPaymentRepository(poolB);
  }

  @AfterEach
  void closePools() {
    if (poolA != null) {
      poolA.close();
    }
    if (poolB != null) {
      poolB.close();
    }
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void racingSavesOnTwoInstancesStoreOnePaymentPerKey() throws Exception {
    int keys = 20;
    int threads = 2 * THREADS_PER_INSTANCE;
    Payment[][] attempts = new Payment[threads][keys];
    for (int thread = 0; thread < threads; thread++) {
      for (int key = 0; key < keys; key++) {
        attempts[thread][key] = samples.next().id("t-" + thread + "-" + key)
            .key("shared-" + key).build();
      }
    }

    List<List<SaveOutcome>> outcomes = Concurrently.run(threads, Duration.ofSeconds(60), thread -> {
      JdbcPaymentRepository repository = thread % 2 == 0 ? first : second;
      List<SaveOutcome> mine = new ArrayList<>();
      for (int step = 0; step < keys; step++) {
        mine.add(repository.saveNew(attempts[thread][(thread + step) % keys]));
      }
      return mine;
    });

    assertThat(first.find(PaymentQuery.all(1_000))).hasSize(keys);
    Map<String, Integer> inserts = new HashMap<>();
    for (List<SaveOutcome> mine : outcomes) {
      for (SaveOutcome outcome : mine) {
        Payment answered = outcome instanceof SaveOutcome.Inserted inserted
            ? inserted.payment() : ((SaveOutcome.KeyTaken) outcome).existing();
        assertThat(second.findByIdempotencyKey(answered.idempotencyKey()))
            .containsExactly(answered);
        if (outcome instanceof SaveOutcome.Inserted) {
          inserts.merge(answered.idempotencyKey().value(), 1, Integer::sum);
        }
      }
    }
    assertThat(inserts).hasSize(keys).allSatisfy((key, count) -> assertThat(count).isEqualTo(1));
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void racingSavesOfOneBillUnderManyKeysOnTwoInstancesStoreOnePaymentPerBill() throws Exception {
    int bills = 10;
    int threads = 2 * THREADS_PER_INSTANCE;
    Payment[][] attempts = new Payment[threads][bills];
    for (int thread = 0; thread < threads; thread++) {
      for (int bill = 0; bill < bills; bill++) {
        attempts[thread][bill] = samples.next().id("t-" + thread + "-" + bill)
            .key("key-" + thread + "-" + bill).billReference("BRN-race-" + bill).build();
      }
    }

    List<List<SaveOutcome>> outcomes = Concurrently.run(threads, Duration.ofSeconds(60), thread -> {
      JdbcPaymentRepository repository = thread % 2 == 0 ? first : second;
      List<SaveOutcome> mine = new ArrayList<>();
      for (int step = 0; step < bills; step++) {
        mine.add(repository.saveNew(attempts[thread][(thread + step) % bills]));
      }
      return mine;
    });

    List<Payment> stored = first.find(PaymentQuery.all(1_000)).asJava();
    assertThat(stored).hasSize(bills);
    Map<String, Integer> inserts = new HashMap<>();
    for (List<SaveOutcome> mine : outcomes) {
      for (SaveOutcome outcome : mine) {
        assertThat(outcome).isInstanceOfAny(SaveOutcome.Inserted.class,
            SaveOutcome.BillTaken.class);
        Payment answered = outcome instanceof SaveOutcome.Inserted inserted
            ? inserted.payment() : ((SaveOutcome.BillTaken) outcome).existing();
        assertThat(stored).as("every answer is its bill's one stored payment").contains(answered);
        if (outcome instanceof SaveOutcome.Inserted) {
          inserts.merge(answered.details().billReference().value(), 1, Integer::sum);
        }
      }
    }
    assertThat(inserts).hasSize(bills).allSatisfy((bill, count) -> assertThat(count).isEqualTo(1));
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void twoInstancesPayingOneBillUnderManyKeysChargeItOnce() throws Exception {
    ProviderStub provider = new ProviderStub();
    MovableClock clock = new MovableClock(PaymentSamples.T0);
    Bill bill = StoreSamples.oneInvoiceBill("BRN-2611", Money.ofMinor(50_000, Currencies.EGP),
        Option.none());
    provider.owing(bill);
    try (TestHost a = new TestHost(EmbeddedPostgresHolder.newPool(THREADS_PER_INSTANCE),
            provider, clock);
        TestHost b = new TestHost(EmbeddedPostgresHolder.newPool(THREADS_PER_INSTANCE),
            provider, clock)) {
      a.catalog.save(StoreSamples.takka());
      a.inquire.inquire(new InquireBill.Command("momkn-362", bill.account().value(),
          java.util.Map.of())).get();

      List<Either<Failure, Payment>> results = Concurrently.run(2 * THREADS_PER_INSTANCE,
          Duration.ofSeconds(60), thread -> (thread % 2 == 0 ? a : b).pay.pay(
              new PayBill.Command("order-" + thread, bill.reference().value(),
                  new BigDecimal("500.00"), "EGP", java.util.Set.of(1), null,
                  new BigDecimal("500.00"))));

      List<Payment> paid = results.stream().filter(Either::isRight).map(Either::get).toList();
      assertThat(paid).hasSize(1);
      assertThat(results.stream().filter(Either::isLeft).map(Either::getLeft))
          .hasSize(2 * THREADS_PER_INSTANCE - 1)
          .allSatisfy(failure -> assertThat(failure).isInstanceOfSatisfying(
              Failure.BillAlreadyPaid.class, refused -> {
                assertThat(refused.paymentId()).isEqualTo(paid.get(0).id().value());
                assertThat(refused.billReference()).isEqualTo(bill.reference().value());
                // CREATED when refused while the winner was still with the provider.
                assertThat(refused.status()).isIn("CREATED", "SUCCEEDED");
              }));
      assertThat(a.payments.find(PaymentQuery.all(100))).containsExactly(paid.get(0));
      assertThat(provider.payCalls()).isEqualTo(1);
      assertThat(provider.totalCharges()).isEqualTo(1);
    }
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void racingClaimsOnTwoInstancesHandOutEachPaymentOncePerLease() throws Exception {
    List<PaymentId> due = new ArrayList<>();
    for (int n = 0; n < 50; n++) {
      Payment payment = samples.next().createdAt(PaymentSamples.T0.plusSeconds(n % 7)).build();
      assertThat(first.saveNew(payment)).isInstanceOf(SaveOutcome.Inserted.class);
      due.add(payment.id());
    }
    Instant now = PaymentSamples.T0.plus(Duration.ofMinutes(5));

    for (Instant round : List.of(now, now.plus(LEASE))) {
      List<List<PaymentId>> claims = Concurrently.run(2 * THREADS_PER_INSTANCE, Duration.ofSeconds(60), thread -> {
        JdbcPaymentRepository repository = thread % 2 == 0 ? first : second;
        List<PaymentId> mine = new ArrayList<>();
        List<Payment> batch = repository.claimDue(round, 3, LEASE).asJava();
        while (!batch.isEmpty()) {
          batch.forEach(payment -> mine.add(payment.id()));
          batch = repository.claimDue(round, 3, LEASE).asJava();
        }
        return mine;
      });

      List<PaymentId> handedOut = claims.stream().flatMap(List::stream).toList();
      assertThat(handedOut).as("claims at %s", round).doesNotHaveDuplicates()
          .containsExactlyInAnyOrderElementsOf(due);
      assertThat(first.claimDue(round, 100, LEASE)).as("nothing left at %s", round).isEmpty();
    }
  }
}
