package io.taksit.sandbox;

import static io.taksit.sandbox.SandboxClient.tree;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.taksit.sandbox.sipay.SipaySandbox;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 8 threads × 50 payments over 60 keys, duplicates racing each other with and without the retry
 * flag: the ledger must hold exactly one charge per key used.
 */
class SandboxConcurrencyTest {

  private static final int THREADS = 8;
  private static final int PAYMENTS_PER_THREAD = 50;
  private static final int KEYS = 60;

  private ProviderSandbox sandbox;
  private SandboxClient client;

  @BeforeEach
  void start() {
    sandbox = ProviderSandbox.start(SandboxSettings.defaults()
        .withGeneratedAccounts(KEYS));
    client = new SandboxClient(sandbox);
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private static String account(int key) {
    return Long.toString(2_000_000_001L + key);
  }

  @Test
  void momknChargesEachHostTransactionIdOnce() throws Exception {
    List<String> brns = new ArrayList<>();
    for (int key = 0; key < KEYS; key++) {
      brns.add(client.momknBrn(account(key)));
    }
    Set<Integer> used = ConcurrentHashMap.newKeySet();
    AtomicInteger approved = new AtomicInteger();
    AtomicInteger conflicts = new AtomicInteger();

    race(thread -> {
      Random random = new Random(thread);
      for (int i = 0; i < PAYMENTS_PER_THREAD; i++) {
        int key = random.nextInt(KEYS);
        used.add(key);
        HttpResponse<String> response = client.momknPay(account(key), brns.get(key), "100.00",
            "key-" + key, random.nextBoolean());
        if (response.statusCode() == 409) {
          conflicts.incrementAndGet();
        } else {
          assertThat(tree(response).get("Code").asInt()).isZero();
          approved.incrementAndGet();
        }
      }
    });

    assertThat(approved.get() + conflicts.get()).isEqualTo(THREADS * PAYMENTS_PER_THREAD);
    assertThat(sandbox.ledger().count()).isEqualTo(used.size());
    assertThat(sandbox.ledger().charges()).extracting(Charge::dedupKey).doesNotHaveDuplicates();
    assertThat(sandbox.ledger().doubleCharges()).isEmpty();
    for (int key : used) {
      assertThat(client.momknStatus("key-" + key).get("Status").asText()).isEqualTo("Success");
    }
  }

  @Test
  void sipayChargesEachExternalOrderIdOnce() throws Exception {
    List<JsonNode> rows = new ArrayList<>();
    for (int key = 0; key < KEYS; key++) {
      rows.add(client.sipayInquiry(Long.toString(5_550_000_001L + key)).get("payload").get(0));
    }
    Set<Integer> used = ConcurrentHashMap.newKeySet();
    Map<String, AtomicInteger> codes = new ConcurrentHashMap<>();

    race(thread -> {
      Random random = new Random(100 + thread);
      for (int i = 0; i < PAYMENTS_PER_THREAD; i++) {
        int key = random.nextInt(KEYS);
        used.add(key);
        String code = tree(client.sipayPay(rows.get(key), "order-" + key)).get("code").asText();
        codes.computeIfAbsent(code, c -> new AtomicInteger()).incrementAndGet();
      }
    });

    assertThat(codes.keySet()).containsOnly("100", "301");
    assertThat(codes.get("100").get()).isEqualTo(used.size());
    assertThat(sandbox.ledger().count(SipaySandbox.ID)).isEqualTo(used.size());
    assertThat(sandbox.ledger().doubleCharges()).isEmpty();
  }

  private interface Worker {
    void run(int thread) throws Exception;
  }

  private static void race(Worker worker) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        done.add(threads.submit(() -> {
          worker.run(thread);
          return null;
        }));
      }
      for (Future<?> future : done) {
        future.get(60, TimeUnit.SECONDS);
      }
    } finally {
      threads.shutdownNow();
    }
  }
}
