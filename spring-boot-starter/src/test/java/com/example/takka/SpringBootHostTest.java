package com.example.takka;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.taksit.application.port.in.InquireBill;
import io.taksit.application.port.in.PayBill;
import io.taksit.application.port.in.QuoteFees;
import io.taksit.application.port.out.OutboxEntry;
import io.taksit.bootstrap.Taksit;
import io.taksit.bootstrap.observability.MicrometerInstrumentation;
import io.taksit.domain.bill.Bill;
import io.taksit.domain.bill.Invoice;
import io.taksit.domain.payment.Payment;
import io.taksit.domain.payment.PaymentStatus;
import io.taksit.sandbox.ProviderSandbox;
import io.taksit.sandbox.SandboxSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A real application context of a small host configured by its {@code application.yml} alone:
 * it pays a Takka bill through the use case beans, its own handler receives the payment's events
 * through the outbox (the runtime started with the context), Micrometer's registry has the
 * payment, and the actuator's health of Momkn is UP, then DOWN while the sandbox is stopped.
 */
@SpringBootTest(classes = TakkaHostApplication.class)
class SpringBootHostTest {

  private static final ProviderSandbox SANDBOX =
      ProviderSandbox.start(SandboxSettings.defaults().withGeneratedAccounts(1));

  @DynamicPropertySource
  static void sandbox(DynamicPropertyRegistry properties) {
    properties.add("takka.sandbox.url", () -> "http://127.0.0.1:" + SANDBOX.port());
  }

  @AfterAll
  static void stopSandbox() {
    SANDBOX.close();
  }

  @Autowired InquireBill inquireBill;
  @Autowired QuoteFees quoteFees;
  @Autowired PayBill payBill;
  @Autowired TakkaHostApplication.Receipts receipts;
  @Autowired HealthEndpoint health;
  @Autowired MeterRegistry meters;
  @Autowired Taksit taksit;

  @Test
  void paysATakkaBillReceivesItsEventsAndReportsHealth() throws Exception {
    assertThat(taksit.isRuntimeRunning()).as("started with the context").isTrue();
    assertThat(health.healthForPath("taksit", "momkn").getStatus()).isEqualTo(Status.UP);

    Bill bill = inquireBill.inquire(new InquireBill.Command("momkn-362", "2000000001", Map.of()))
        .get();
    Invoice invoice = bill.invoices().head();
    String quote = quoteFees.quote(new QuoteFees.Command(bill.reference().value(),
        invoice.amount().amount(), "EGP", Set.of(invoice.sequence()))).get().id();
    Payment paid = payBill.pay(new PayBill.Command("spring-host-1", bill.reference().value(),
        invoice.amount().amount(), "EGP", Set.of(invoice.sequence()), quote, null)).get();

    assertThat(paid.status()).isEqualTo(PaymentStatus.SUCCEEDED);
    assertThat(SANDBOX.ledger().count()).isEqualTo(1);
    awaitTrue(() -> receipts.received.stream()
        .anyMatch(entry -> entry.paymentId().equals(paid.id())
            && entry.event().getClass().getSimpleName().equals("OutcomeRecorded")));
    assertThat(receipts.received).extracting(OutboxEntry::paymentId).containsOnly(paid.id());
    assertThat(meters.get(MicrometerInstrumentation.PAYMENTS).tags("provider", "momkn",
        "biller", "momkn-362", "outcome", "approved").counter().count()).isEqualTo(1);
    assertThat(health.healthForPath("taksit", "momkn").getStatus()).isEqualTo(Status.UP);

    SANDBOX.close();
    assertThat(inquireBill.inquire(new InquireBill.Command("momkn-362", "2000000001", Map.of()))
        .isLeft()).isTrue();
    assertThat(health.healthForPath("taksit", "momkn").getStatus())
        .as("the last call found no provider").isEqualTo(Status.DOWN);
    assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
  }

  private static void awaitTrue(java.util.function.BooleanSupplier condition) throws Exception {
    Instant until = Instant.now().plus(Duration.ofSeconds(20));
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(until)) {
        throw new AssertionError("not reached within 20 s");
      }
      Thread.sleep(20);
    }
  }
}
