package io.taksit.cli.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.taksit.adapters.http.spi.ProviderPlugins;
import io.taksit.application.contract.MovableClock;
import io.taksit.application.port.in.InquireBill;
import io.taksit.application.port.in.PayBill;
import io.taksit.application.port.in.QuoteFees;
import io.taksit.application.port.in.ReconcilePayments;
import io.taksit.bootstrap.Taksit;
import io.taksit.bootstrap.observability.MicrometerInstrumentation;
import io.taksit.bootstrap.runtime.RuntimeSettings;
import io.taksit.cli.sandbox.ReadyConfiguration;
import io.taksit.domain.bill.Bill;
import io.taksit.domain.payment.Payment;
import io.taksit.domain.payment.PaymentStatus;
import io.taksit.sandbox.Fault;
import io.taksit.sandbox.FaultPlan;
import io.taksit.sandbox.ProviderSandbox;
import io.taksit.sandbox.SandboxOperation;
import io.taksit.sandbox.SandboxSettings;
import io.taksit.sandbox.momkn.MomknSandbox;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Taksit's meters after a scripted run against the sandbox, meter by meter: a payment approved,
 * one declined, one whose answer was lost (UNKNOWN) and then settled by the reconciler, and
 * Momkn's breaker opened by server errors so that a payment is refused unsent. Then no tag of any
 * meter, nor any observation's key value, carries a secret, an account or a payment id.
 */
class MetricsThroughTheSandboxTest {

  private static final String BILLER = "momkn-362";

  @TempDir
  Path directory;

  @Test
  void theMetersCountWhatHappenedAndNoTagTellsASecretAnAccountOrAPayment() {
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    TestObservationRegistry observations = TestObservationRegistry.create();
    java.util.Queue<Observation.Context> stopped = new java.util.concurrent.ConcurrentLinkedQueue<>();
    observations.observationConfig().observationHandler(new ObservationHandler<>() {
      @Override
      public void onStop(Observation.Context context) {
        stopped.add(context);
      }

      @Override
      public boolean supportsContext(Observation.Context context) {
        return true;
      }
    });
    MovableClock clock = new MovableClock(Instant.now());
    List<String> told = new ArrayList<>();
    try (ProviderSandbox sandbox = ProviderSandbox.start(SandboxSettings.defaults()
        .withGeneratedAccounts(6))) {
      ObjectNode tree = sandbox.configuration();
      ((ObjectNode) tree.get("providers").get("momkn")).putObject("breaker")
          .put("failureRate", 50).put("minimumCalls", 3).put("windowSize", 3).put("openFor", "1m")
          .put("halfOpenCalls", 1);
      try (Taksit taksit = ReadyConfiguration.parse(tree, directory).builder().memoryStorage()
          .clock(clock).runtime(RuntimeSettings.OFF).meterRegistry(meters)
          .observationRegistry(observations).build()) {
        Payment approved = pay(taksit, "2000000001", "metrics-approved", told);
        Payment declined = pay(taksit, "1000000103", "metrics-declined", told);
        sandbox.faults(FaultPlan.scripted()
            .next(MomknSandbox.ID, SandboxOperation.PAY, Fault.chargeThenDrop()));
        Payment lost = pay(taksit, "2000000002", "metrics-lost", told);
        sandbox.faults(FaultPlan.none());
        assertThat(List.of(approved.status(), declined.status(), lost.status())).containsExactly(
            PaymentStatus.SUCCEEDED, PaymentStatus.DECLINED, PaymentStatus.UNKNOWN);
        assertThat(gauge(meters, MicrometerInstrumentation.AWAITING_CHECK)).isEqualTo(1);

        clock.advance(Duration.ofMinutes(2));
        taksit.reconcilePayments().reconcile(new ReconcilePayments.Command(clock.instant(), 10));
        assertThat(taksit.getPayment().get(new io.taksit.application.port.in.GetPayment.Query(
            lost.id().value())).get().status()).isEqualTo(PaymentStatus.SUCCEEDED);

        Bill waiting = taksit.inquireBill().inquire(
            new InquireBill.Command(BILLER, "2000000003", Map.of())).get();
        String quote = quote(taksit, waiting);
        sandbox.faults(FaultPlan.scripted()
            .next(MomknSandbox.ID, SandboxOperation.INQUIRY, Fault.serverError(500), 3));
        for (String account : new String[] {"2000000004", "2000000005", "2000000006"}) {
          told.add(account);
          assertThat(taksit.inquireBill().inquire(
              new InquireBill.Command(BILLER, account, Map.of())).isLeft()).isTrue();
        }
        Payment refused = taksit.payBill().pay(new PayBill.Command("metrics-refused",
            waiting.reference().value(), waiting.totalDue().amount(), "EGP", Set.of(1), quote,
            null)).get();
        assertThat(refused.status()).isEqualTo(PaymentStatus.NOT_PROCESSED);
        told.add(refused.id().value());
        clock.advance(Duration.ofSeconds(11));

        assertThat(count(meters, MicrometerInstrumentation.PAYMENTS, "approved")).isEqualTo(1);
        assertThat(count(meters, MicrometerInstrumentation.PAYMENTS, "declined")).isEqualTo(1);
        assertThat(count(meters, MicrometerInstrumentation.PAYMENTS, "unknown")).isEqualTo(1);
        assertThat(count(meters, MicrometerInstrumentation.PAYMENTS, "not_processed"))
            .as("the refused payment was never sent, so it is no provider's answer").isZero();
        assertThat(count(meters, MicrometerInstrumentation.PAYMENT_CHECKS, "approved"))
            .isEqualTo(1);
        assertThat(meters.get(MicrometerInstrumentation.PROVIDER_LATENCY)
            .tags("provider", "momkn", "call", "pay").timers())
            .extracting(t -> t.getId().getTag("outcome") + "=" + t.count())
            .containsExactlyInAnyOrder("approved=1", "declined=1", "unknown=1");
        assertThat(meters.get(MicrometerInstrumentation.PROVIDER_LATENCY)
            .tags("provider", "momkn", "call", "inquire", "outcome", "failed").timer().count())
            .as("the window of 3 held one success and two failures: open, the third not sent")
            .isEqualTo(2);
        assertThat(meters.get(MicrometerInstrumentation.PROVIDER_LATENCY)
            .tags("provider", "momkn", "call", "check_status", "outcome", "approved").timer()
            .count()).isEqualTo(1);
        assertThat(meters.get(MicrometerInstrumentation.PROVIDER_REFUSED)
            .tag("provider", "momkn").functionCounter().count())
            .as("the third inquiry and the payment").isEqualTo(2);
        assertThat(breaker(meters, "OPEN")).isEqualTo(1);
        assertThat(breaker(meters, "CLOSED")).isZero();
        assertThat(gauge(meters, MicrometerInstrumentation.AWAITING_CHECK)).isZero();
        assertThat(gauge(meters, MicrometerInstrumentation.AWAITING_REVIEW)).isZero();
        assertThat(gauge(meters, MicrometerInstrumentation.OUTBOX_BACKLOG))
            .as("the runtime is off, so every status change waits in the outbox")
            .isEqualTo(taksit.outbox().counts().pending());
        assertThat(gauge(meters, MicrometerInstrumentation.OUTBOX_DEAD)).isZero();

        assertThat(stopped).filteredOn(c -> c.getName().equals("taksit.use-case"))
            .extracting(c -> c.getLowCardinalityKeyValue("use.case").getValue() + " "
                + c.getLowCardinalityKeyValue("outcome").getValue())
            .contains("inquire-bill success", "quote-fees success", "pay-bill success",
                "reconcile-payments success", "inquire-bill provider-unavailable");
        Observation.Context sent = stopped.stream()
            .filter(c -> c.getName().equals(MicrometerInstrumentation.PROVIDER_CALL_OBSERVATION)
                && c.getLowCardinalityKeyValue("call").getValue().equals("pay"))
            .findFirst().orElseThrow();
        assertThat(sent.getParentObservation().getContextView().getName())
            .as("a provider call is a child of its use case: a span inside the use case's span")
            .isEqualTo("taksit.use-case");
        for (Payment payment : List.of(approved, declined, lost)) {
          told.add(payment.id().value());
        }
        told.addAll(secrets(tree.get("providers")));
        assertNothingTold(meters, stopped, told);
      }
    }
  }

  private static Payment pay(Taksit taksit, String account, String key, List<String> told) {
    told.add(account);
    told.add(key);
    Bill bill = taksit.inquireBill().inquire(new InquireBill.Command(BILLER, account, Map.of()))
        .get();
    return taksit.payBill().pay(new PayBill.Command(key, bill.reference().value(),
        bill.invoices().head().amount().amount(), "EGP", Set.of(bill.invoices().head().sequence()),
        quote(taksit, bill), null)).get();
  }

  private static String quote(Taksit taksit, Bill bill) {
    return taksit.quoteFees().quote(new QuoteFees.Command(bill.reference().value(),
        bill.invoices().head().amount().amount(), "EGP",
        Set.of(bill.invoices().head().sequence()))).get().id();
  }

  private static double count(MeterRegistry meters, String name, String outcome) {
    var counter = meters.find(name).tags("provider", "momkn", "biller", BILLER, "outcome", outcome)
        .counter();
    return counter == null ? 0 : counter.count();
  }

  private static double gauge(MeterRegistry meters, String name) {
    return meters.get(name).gauge().value();
  }

  private static double breaker(MeterRegistry meters, String state) {
    return meters.get(MicrometerInstrumentation.BREAKER_STATE)
        .tags("provider", "momkn", "state", state).gauge().value();
  }

  /** The values of every secret key of the providers' configuration sections. */
  private static List<String> secrets(JsonNode providers) {
    io.vavr.collection.Set<String> names = ProviderPlugins.secretNames();
    List<String> values = new ArrayList<>();
    providers.forEach(section -> section.fields().forEachRemaining(field -> {
      if (names.contains(field.getKey()) && field.getValue().isTextual()
          && field.getValue().asText().length() >= 4) {
        values.add(field.getValue().asText());
      }
    }));
    assertThat(values).as("the sandbox configures secrets to look for").isNotEmpty();
    return values;
  }

  private static void assertNothingTold(MeterRegistry meters,
      java.util.Collection<Observation.Context> stopped, List<String> told) {
    List<String> tagValues = new ArrayList<>();
    for (Meter meter : meters.getMeters()) {
      for (Tag tag : meter.getId().getTags()) {
        tagValues.add(meter.getId().getName() + " " + tag.getKey() + "=" + tag.getValue());
      }
    }
    stopped.forEach(context -> context.getAllKeyValues().forEach(kv -> tagValues.add(
        context.getName() + " " + kv.getKey() + "=" + kv.getValue())));
    assertThat(tagValues).isNotEmpty();
    for (String value : told) {
      assertThat(tagValues).noneMatch(tag -> tag.contains(value));
    }
  }
}
