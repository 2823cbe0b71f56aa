package io.taksit.application.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import io.taksit.application.port.out.PaymentQuery;
import io.taksit.application.port.out.PaymentRepository;
import io.taksit.domain.payment.Payment;
import io.taksit.domain.payment.PaymentId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Many callers paying at once with shared idempotency keys: the repository's unique key must make
 * exactly one of them call the provider per key, and every caller of a key must see the same
 * payment.
 */
public abstract class PayBillConcurrencyContract {

  private static final int THREADS = 32;
  private static final int CALLS_PER_THREAD = 200;
  private static final int KEYS = 50;

  protected abstract PaymentRepository newRepository();

  @Test
  void thirtyTwoThreadsSharingFiftyKeysMakeExactlyFiftyPayments() throws Exception {
    try (UseCaseFixture taksit = new UseCaseFixture(newRepository(),
        UseCaseFixture.allCapabilities(), Duration.ofSeconds(10))) {
      for (int k = 0; k < KEYS; k++) {
        taksit.bill("BRN-" + k);
      }
      Map<String, Set<PaymentId>> seenPerKey = new ConcurrentHashMap<>();
      ExecutorService callers = Executors.newFixedThreadPool(THREADS);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        results.add(callers.submit(() -> {
          start.await();
          int failures = 0;
          for (int call = 0; call < CALLS_PER_THREAD; call++) {
            int k = (thread * 7 + call) % KEYS;
            var result = taksit.pay.pay(taksit.payCommand("key-" + k, "BRN-" + k));
            if (result.isLeft()) {
              failures++;
            } else {
              seenPerKey.computeIfAbsent("key-" + k, x -> ConcurrentHashMap.newKeySet())
                  .add(result.get().id());
            }
          }
          return failures;
        }));
      }
      start.countDown();
      int failures = 0;
      for (Future<Integer> result : results) {
        failures += result.get(120, TimeUnit.SECONDS);
      }
      callers.shutdown();

      assertThat(failures).isZero();
      assertThat(taksit.gateway.payCalls()).isEqualTo(KEYS);
      io.vavr.collection.List<Payment> stored = taksit.payments.find(PaymentQuery.all(1000));
      assertThat(stored).hasSize(KEYS);
      assertThat(seenPerKey).hasSize(KEYS);
      assertThat(seenPerKey.values()).allSatisfy(ids -> assertThat(ids).hasSize(1));
      assertThat(taksit.gateway.ledger().values()).allSatisfy(c -> assertThat(c.get()).isEqualTo(1));
    }
  }
}
