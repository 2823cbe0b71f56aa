package io.taksit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.zaxxer.hikari.HikariDataSource;
import io.taksit.adapters.persistence.jdbc.DataSources;
import io.taksit.application.port.in.GetPayment;
import io.taksit.application.port.in.InquireBill;
import io.taksit.application.port.in.PayBill;
import io.taksit.application.port.in.QuoteFees;
import io.taksit.application.port.out.OutboxEntry;
import io.taksit.application.port.out.PaymentEventHandler;
import io.taksit.bootstrap.Taksit;
import io.taksit.bootstrap.config.TaksitConfig;
import io.taksit.bootstrap.runtime.RuntimeSettings;
import io.taksit.cli.sandbox.ReadyConfiguration;
import io.taksit.domain.bill.Bill;
import io.taksit.domain.payment.CheckSchedule;
import io.taksit.domain.payment.Payment;
import io.taksit.domain.payment.PaymentEvent;
import io.taksit.domain.payment.PaymentStatus;
import io.taksit.sandbox.Fault;
import io.taksit.sandbox.FaultPlan;
import io.taksit.sandbox.ProviderSandbox;
import io.taksit.sandbox.SandboxOperation;
import io.taksit.sandbox.SandboxSettings;
import io.taksit.sandbox.momkn.MomknSandbox;
import io.vavr.collection.List;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The host runtime, with no host call: a payment whose answer was lost is reconciled in the
 * background, its events reach the host's handler through the outbox in order, and two
 * instances over one database settle and deliver everything between them; close() stops it all.
 */
class RuntimeThroughTheSandboxTest {

  private static final RuntimeSettings FAST = new RuntimeSettings(true, Duration.ofMillis(50),
      20, Duration.ofMillis(20), Duration.ofHours(1));
  private static final CheckSchedule SOON =
      CheckSchedule.of(io.vavr.collection.List.of(Duration.ofMillis(1), Duration.ofMillis(1))).get();

  @TempDir
  Path directory;

  /** Records every delivery; fails a delivery while the same event is still being handled. */
  private static final class RecordingHandler implements PaymentEventHandler {
    final ConcurrentLinkedQueue<OutboxEntry> delivered = new ConcurrentLinkedQueue<>();
    final Set<String> inHand = ConcurrentHashMap.newKeySet();
    final AtomicInteger concurrentDeliveries = new AtomicInteger();

    @Override
    public void handle(OutboxEntry entry) {
      if (!inHand.add(entry.id().value())) {
        concurrentDeliveries.incrementAndGet();
      }
      try {
        delivered.add(entry);
      } finally {
        inHand.remove(entry.id().value());
      }
    }

    List<String> idsOf(String paymentId) {
      return List.ofAll(delivered).filter(e -> e.paymentId().value().equals(paymentId))
          .map(e -> e.id().value()).distinct();
    }
  }

  private TaksitConfig config(ProviderSandbox sandbox) {
    ObjectNode tree = sandbox.configuration();
    return ReadyConfiguration.parse(tree, directory);
  }

  private static Payment lostAnswerPayment(Taksit taksit, ProviderSandbox sandbox, String account,
      String key) {
    Bill bill = taksit.inquireBill().inquire(
        new InquireBill.Command("momkn-362", account, Map.of())).get();
    BigDecimal amount = bill.totalDue().amount();
    String quote = taksit.quoteFees().quote(new QuoteFees.Command(bill.reference().value(),
        amount, "EGP", Set.of(1))).get().id();
    sandbox.faults(FaultPlan.scripted()
        .next(MomknSandbox.ID, SandboxOperation.PAY, Fault.chargeThenDrop()));
    return taksit.payBill().pay(new PayBill.Command(key, bill.reference().value(), amount, "EGP",
        Set.of(1), quote, null)).get();
  }

  private static void awaitTrue(java.util.function.BooleanSupplier condition) throws Exception {
    awaitTrue(condition, () -> "");
  }

  /** Waits for the condition; a timeout says what was seen, so a slow run can be told apart. */
  private static void awaitTrue(java.util.function.BooleanSupplier condition,
      java.util.function.Supplier<String> seen) throws Exception {
    Instant until = Instant.now().plusSeconds(20);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(until)) {
        throw new AssertionError("not reached within 20 s; seen: " + seen.get());
      }
      Thread.sleep(20);
    }
  }

  @Test
  void aLostAnswerIsReconciledAndItsEventsDeliveredInOrderWithNoHostCall() throws Exception {
    RecordingHandler handler = new RecordingHandler();
    try (ProviderSandbox sandbox = ProviderSandbox.start(SandboxSettings.defaults()
        .withGeneratedAccounts(1))) {
      Taksit taksit = config(sandbox).builder().memoryStorage().checkSchedule(SOON)
          .runtime(FAST).eventHandler(handler).build();
      String id;
      try (taksit) {
        Payment lost = lostAnswerPayment(taksit, sandbox, "2000000001", "runtime-1");
        sandbox.faults(FaultPlan.none());
        id = lost.id().value();
        assertThat(lost.status()).isEqualTo(PaymentStatus.UNKNOWN);

        awaitTrue(() -> taksit.getPayment().get(new GetPayment.Query(id)).get().status()
            == PaymentStatus.SUCCEEDED);
        Payment settled = taksit.getPayment().get(new GetPayment.Query(id)).get();
        awaitTrue(() -> handler.idsOf(id).size() == settled.events().size());

        assertThat(handler.idsOf(id)).containsExactlyElementsOf(
            List.range(1, settled.events().size() + 1).map(seq -> id + ":" + seq));
        assertThat(List.ofAll(handler.delivered).filter(e -> e.paymentId().value().equals(id))
            .map(OutboxEntry::event).distinct()).containsExactlyElementsOf(settled.events());
        assertThat(settled.events().last()).isInstanceOf(PaymentEvent.StatusChecked.class);
        assertThat(sandbox.ledger().count()).isEqualTo(1);
      }
      int deliveredAtClose = handler.delivered.size();
      Thread.sleep(200);
      assertThat(handler.delivered).hasSize(deliveredAtClose);
      assertThat(taksit.runtime().get().isStopped()).as("close() stopped the runtime").isTrue();
      assertThat(taksit.runtime().get().failedPasses()).isZero();
    }
  }

  @Test
  void twoInstancesOverOneDatabaseSettleAndDeliverEverythingBetweenThem() throws Exception {
    RecordingHandler handler = new RecordingHandler();
    try (ProviderSandbox sandbox = ProviderSandbox.start(SandboxSettings.defaults()
        .withGeneratedAccounts(6));
        HikariDataSource first = DataSources.embeddedH2(directory.resolve("shared"));
        HikariDataSource second = DataSources.embeddedH2(directory.resolve("shared"))) {
      TaksitConfig config = config(sandbox);
      try (Taksit one = config.builder().jdbc(first).checkSchedule(SOON).runtime(FAST)
              .instanceId("one").eventHandler(handler).build();
          Taksit two = config.builder().jdbc(second).checkSchedule(SOON).runtime(FAST)
              .instanceId("two").eventHandler(handler).build()) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        for (int i = 1; i <= 6; i++) {
          Taksit taksit = i % 2 == 0 ? one : two;
          ids.add(lostAnswerPayment(taksit, sandbox, Long.toString(2_000_000_000L + i),
              "split-" + i).id().value());
        }
        sandbox.faults(FaultPlan.none());

        awaitTrue(() -> ids.stream().allMatch(id -> one.getPayment()
            .get(new GetPayment.Query(id)).get().status() == PaymentStatus.SUCCEEDED),
            () -> ids.stream().map(id -> one.getPayment().get(new GetPayment.Query(id)).get())
                .map(p -> p.id().value() + " " + p.status() + " " + p.reviewReason().getOrElse("")
                    + " " + p.events().map(e -> e.getClass().getSimpleName()).mkString(","))
                .collect(java.util.stream.Collectors.joining("; "))
                + " | runtime one failed passes " + one.runtime().get().failedPasses()
                + ", two " + two.runtime().get().failedPasses());
        awaitTrue(() -> ids.stream().allMatch(id -> handler.idsOf(id).size()
            == one.getPayment().get(new GetPayment.Query(id)).get().events().size()));

        assertThat(handler.concurrentDeliveries).as("one event in two hands at once").hasValue(0);
        assertThat(sandbox.ledger().count()).isEqualTo(6);
        assertThat(one.outbox().counts().dead()).isZero();
      }
    }
  }
}
