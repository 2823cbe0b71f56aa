package io.taksit.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taksit.domain.provider.ProviderId;
import io.taksit.sandbox.momkn.MomknSandbox;
import io.taksit.sandbox.paywall.PaywallSandbox;
import io.taksit.sandbox.sipay.SipaySandbox;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SandboxLedgerTest {

  private final SandboxLedger ledger =
      new SandboxLedger(Clock.fixed(Instant.parse("2025-03-01T10:00:00Z"), ZoneOffset.UTC));

  private Charge charge(ProviderId provider, String key, String bill, String amount) {
    return ledger.record(provider, key, "acc", bill, new BigDecimal(amount),
        new BigDecimal("1.00"), provider.equals(MomknSandbox.ID) ? "EGP" : "TRY");
  }

  @Test
  void recordsChargesInOrderAndAnswersQueries() {
    Charge first = charge(MomknSandbox.ID, "k1", "b1", "250.00");
    charge(SipaySandbox.ID, "k1", "oid-1", "196.50");
    charge(MomknSandbox.ID, "k2", "b2", "155.00");

    assertThat(first.sequence()).isEqualTo(1);
    assertThat(first.at()).isEqualTo(Instant.parse("2025-03-01T10:00:00Z"));
    assertThat(ledger.count()).isEqualTo(3);
    assertThat(ledger.count(MomknSandbox.ID)).isEqualTo(2);
    assertThat(ledger.charges(SipaySandbox.ID)).extracting(Charge::dedupKey)
        .containsExactly("k1");
    assertThat(ledger.byKey(MomknSandbox.ID, "k1").get()).isEqualTo(first);
    assertThat(ledger.byKey(MomknSandbox.ID, "k3").isEmpty()).isTrue();
    assertThat(ledger.total(MomknSandbox.ID)).isEqualTo(new BigDecimal("405.00"));
    assertThat(ledger.total(PaywallSandbox.ID)).isEqualTo(BigDecimal.ZERO);
    assertThat(ledger.totals()).containsEntry(SipaySandbox.ID, new BigDecimal("196.50"));
    assertThat(ledger.doubleCharges()).isEmpty();
  }

  @Test
  void refusesASecondChargeForOneKey() {
    charge(MomknSandbox.ID, "k1", "b1", "250.00");

    assertThatThrownBy(() -> charge(MomknSandbox.ID, "k1", "b2", "5.00"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("k1");
    assertThat(ledger.count()).isEqualTo(1);
  }

  @Test
  void aBillChargedUnderTwoKeysIsADoubleCharge() {
    charge(MomknSandbox.ID, "k1", "b1", "250.00");
    charge(MomknSandbox.ID, "k2", "b1", "250.00");
    charge(SipaySandbox.ID, "k3", "b1", "250.00");

    List<DoubleCharge> doubles = ledger.doubleCharges();

    assertThat(doubles).hasSize(1);
    assertThat(doubles.get(0).provider()).isEqualTo(MomknSandbox.ID);
    assertThat(doubles.get(0).by()).isEqualTo(DoubleCharge.Shared.BILL_REFERENCE);
    assertThat(doubles.get(0).value()).isEqualTo("b1");
    assertThat(doubles.get(0).charges()).extracting(Charge::dedupKey).containsExactly("k1", "k2");
    assertThat(ledger.byBillReference(MomknSandbox.ID, "b1")).hasSize(2);
  }

  @Test
  void concurrentChargesAreAllKeptOnceEach() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(8);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      int thread = t;
      done.add(threads.submit(() -> {
        for (int i = 0; i < 250; i++) {
          charge(MomknSandbox.ID, thread + "-" + i, "bill-" + thread + "-" + i, "5.00");
        }
      }));
    }
    for (Future<?> future : done) {
      future.get();
    }
    threads.shutdown();
    assertThat(threads.awaitTermination(5, TimeUnit.SECONDS)).isTrue();

    assertThat(ledger.count()).isEqualTo(2000);
    assertThat(ledger.charges()).extracting(Charge::sequence).doesNotHaveDuplicates();
    assertThat(ledger.total(MomknSandbox.ID)).isEqualTo(new BigDecimal("10000.00"));
    assertThat(ledger.doubleCharges()).isEmpty();
  }
}
