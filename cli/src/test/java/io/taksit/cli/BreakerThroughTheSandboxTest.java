package io.taksit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.taksit.application.contract.MovableClock;
import io.taksit.application.port.in.InquireBill;
import io.taksit.application.port.in.PayBill;
import io.taksit.application.port.in.QuoteFees;
import io.taksit.application.port.in.RetryPayment;
import io.taksit.application.port.out.FeeQuotes.QuotedFee;
import io.taksit.bootstrap.Taksit;
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
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Momkn's circuit breaker over real HTTP: configured in {@code providers.momkn.breaker}, opened by
 * server errors, it refuses a payment before anything reaches the sandbox (NOT_PROCESSED, no
 * charge, no request), and after its wait a retry goes through and succeeds.
 */
class BreakerThroughTheSandboxTest {

  @TempDir
  Path directory;

  @Test
  void anOpenBreakerRefusesThePaymentUnsentAndARetryAfterItsWaitSucceeds() {
    MovableClock clock = new MovableClock(Instant.now());
    try (ProviderSandbox sandbox = ProviderSandbox.start(SandboxSettings.defaults()
        .withGeneratedAccounts(4))) {
      ObjectNode tree = sandbox.configuration();
      ((ObjectNode) tree.get("providers").get("momkn")).putObject("breaker")
          .put("failureRate", 50).put("minimumCalls", 3).put("windowSize", 3).put("openFor", "1m")
          .put("halfOpenCalls", 1);
      tree.putObject("storage").put("kind", "memory");
      try (Taksit taksit = ReadyConfiguration.parse(tree, directory).builder().memoryStorage()
          .clock(clock).build()) {
        Bill bill = taksit.inquireBill().inquire(
            new InquireBill.Command("momkn-362", "2000000001", Map.of())).get();
        QuotedFee fee = taksit.quoteFees().quote(new QuoteFees.Command(bill.reference().value(),
            new BigDecimal("100.00"), "EGP", Set.of(1))).get();

        sandbox.faults(FaultPlan.scripted()
            .next(MomknSandbox.ID, SandboxOperation.INQUIRY, Fault.serverError(500), 3));
        for (String account : new String[] {"2000000002", "2000000003", "2000000004"}) {
          assertThat(taksit.inquireBill().inquire(
              new InquireBill.Command("momkn-362", account, Map.of())).isLeft()).isTrue();
        }
        assertThat(taksit.providerGuards().get(MomknSandbox.ID).get().breakerState())
            .isEqualTo("OPEN");
        long requestsBefore = sandbox.requestCount();

        Payment refused = taksit.payBill().pay(new PayBill.Command("breaker-1",
            bill.reference().value(), new BigDecimal("100.00"), "EGP", Set.of(1), fee.id(),
            null)).get();

        assertThat(refused.status()).isEqualTo(PaymentStatus.NOT_PROCESSED);
        assertThat(refused.attempts().last().reason()).contains("not sent",
            "circuit breaker of momkn is open");
        assertThat(sandbox.requestCount()).as("nothing reached Momkn").isEqualTo(requestsBefore);
        assertThat(sandbox.ledger().count()).isZero();

        clock.advance(Duration.ofSeconds(61));
        Payment retried = taksit.retryPayment().retry(
            new RetryPayment.Command(refused.id().value())).get();

        assertThat(retried.status()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(sandbox.ledger().count()).isEqualTo(1);
        assertThat(taksit.providerGuards().get(MomknSandbox.ID).get().breakerState())
            .isEqualTo("CLOSED");
      }
    }
  }

}
