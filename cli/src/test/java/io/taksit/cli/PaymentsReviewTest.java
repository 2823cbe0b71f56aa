package io.taksit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.taksit.cli.sandbox.ReadyConfiguration;
import io.taksit.sandbox.Fault;
import io.taksit.sandbox.FaultPlan;
import io.taksit.sandbox.ProviderSandbox;
import io.taksit.sandbox.SandboxOperation;
import io.taksit.sandbox.momkn.MomknSandbox;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code taksit payments --review}: the payments flagged for review, what waits for
 * {@code taksit resolve}, and nothing else. A check schedule of one short delay lets a single
 * reconcile pass with an unavailable status endpoint flag an UNKNOWN payment.
 */
class PaymentsReviewTest {

  private static ProviderSandbox sandbox;

  @TempDir
  static Path directory;
  private static Path config;

  @BeforeAll
  static void start() throws IOException {
    sandbox = ProviderSandbox.start();
    ObjectNode tree = sandbox.configuration();
    tree.putObject("storage").put("kind", "h2").put("directory", "store");
    // One check only: the first inconclusive status answer flags the payment for review.
    tree.putArray("checkSchedule").add("1ms");
    config = directory.resolve("taksit.yaml");
    Files.writeString(config, ReadyConfiguration.yaml(tree));
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }



  private static JsonNode ok(CliRun run) throws IOException {
    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    return run.json();
  }

  /** Pays the account's whole bill; with {@code drop} the answer is lost after the charge. */
  private static JsonNode pay(String account, String key, boolean drop) throws IOException {
    JsonNode bill = ok(taksit("--json", "inquire", "--biller", "momkn-362", "--account",
        account));
    String reference = bill.get("billReference").asText();
    String amount = bill.get("totalDue").decimalValue().toPlainString();
    JsonNode quote = ok(taksit("--json", "fees", "--bill", reference, "--amount", amount,
        "--currency", "EGP"));
    if (drop) {
      sandbox.faults(FaultPlan.scripted()
          .next(MomknSandbox.ID, SandboxOperation.PAY, Fault.chargeThenDrop()));
    }
    CliRun paid = taksit("--json", "pay", "--key", key, "--bill", reference, "--amount", amount,
        "--currency", "EGP", "--quote", quote.get("quoteId").asText());
    sandbox.faults(FaultPlan.none());
    assertThat(paid.out()).as(paid.err()).contains("\"paymentId\"");
    return paid.json();
  }

  private static List<String> ids(JsonNode listed) {
    List<String> ids = new ArrayList<>();
    listed.get("payments").forEach(payment -> ids.add(payment.get("paymentId").asText()));
    return ids;
  }

  private static CliRun taksit(String... args) {
    return CliRun.taksit(config, Map.of("USER", "ops-on-call"), args);
  }

  @Test
  void reviewListsExactlyThePaymentsFlaggedByReconciliationUntilAnOperatorSettlesThem()
      throws IOException, InterruptedException {
    JsonNode succeeded = pay("1000000104", "review-paid", false);
    assertThat(succeeded.get("status").asText()).isEqualTo("SUCCEEDED");
    JsonNode dropped = pay("1000000101", "review-dropped", true);
    assertThat(dropped.get("status").asText()).isEqualTo("UNKNOWN");
    String flagged = dropped.get("paymentId").asText();
    assertThat(ok(taksit("--json", "payments", "--review")).get("count").asInt())
        .as("nothing is flagged before its checks ran out").isZero();

    Thread.sleep(20); // past the single 1ms check delay: the payment is due
    sandbox.faults(request -> request.operation() == SandboxOperation.STATUS
        ? Fault.serverError(500) : Fault.none());
    CliRun reconciled;
    try {
      reconciled = taksit("--json", "reconcile");
    } finally {
      sandbox.faults(FaultPlan.none());
    }
    assertThat(reconciled.exitCode()).as(reconciled.out() + reconciled.err())
        .isEqualTo(ExitCodes.UNSETTLED);
    assertThat(reconciled.json().get("needsReview").asInt()).isEqualTo(1);

    // UNKNOWN too, but with its check still to come: not flagged.
    JsonNode stillChecked = pay("1000000105", "review-later", true);
    assertThat(stillChecked.get("status").asText()).isEqualTo("UNKNOWN");

    JsonNode review = ok(taksit("--json", "payments", "--review"));
    assertThat(review.get("count").asInt()).isEqualTo(1);
    assertThat(ids(review)).containsExactly(flagged);
    JsonNode row = review.get("payments").get(0);
    assertThat(row.get("status").asText()).isEqualTo("UNKNOWN");
    assertThat(row.get("needsReview").asBoolean()).isTrue();
    assertThat(row.get("reviewReason").asText()).startsWith("no conclusive status after 1 checks");
    assertThat(ids(ok(taksit("--json", "payments")))).containsExactlyInAnyOrder(flagged,
        succeeded.get("paymentId").asText(), stillChecked.get("paymentId").asText());
    assertThat(ids(ok(taksit("--json", "payments", "--review", "--biller", "momkn-362",
        "--status", "unknown")))).containsExactly(flagged);
    assertThat(ok(taksit("--json", "payments", "--review", "--status", "SUCCEEDED"))
        .get("count").asInt()).isZero();

    CliRun table = taksit("payments", "--review");
    assertThat(table.exitCode()).as(table.err()).isZero();
    assertThat(table.out()).contains("PAYMENT", flagged, "UNKNOWN", "Needs review",
        "no conclusive status after 1 checks", "taksit resolve", "1 payment");
    assertThat(table.out()).doesNotContain(stillChecked.get("paymentId").asText(),
        succeeded.get("paymentId").asText());

    ok(taksit("--json", "resolve", "--payment", flagged, "--status", "SUCCEEDED", "--reason",
        "Momkn support confirmed the charge", "--evidence", "MOMKN-7731"));
    assertThat(ok(taksit("--json", "payments", "--review")).get("count").asInt())
        .as("settled: nothing waits any more").isZero();
    assertThat(taksit("payments", "--review").out()).contains("No payments match.");
  }
}
