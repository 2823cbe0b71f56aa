package io.taksit.adapters.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.taksit.application.contract.PaymentSamples;
import io.taksit.application.contract.Concurrently;
import io.taksit.application.port.out.PaymentQuery;
import io.taksit.application.port.out.SaveOutcome;
import io.taksit.domain.payment.Payment;
import io.taksit.domain.payment.PaymentId;
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
 * not the JVM, keeps one payment per key and one claimer per lease.
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
