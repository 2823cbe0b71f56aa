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
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code taksit resolve}: an operator settles an UNKNOWN payment once, and never again. */
class ResolveCommandTest {

  private static ProviderSandbox sandbox;

  @TempDir
  static Path directory;
  private static Path config;

  @BeforeAll
  static void start() throws IOException {
    sandbox = ProviderSandbox.start();
    ObjectNode tree = sandbox.configuration();
    tree.putObject("storage").put("kind", "h2").put("directory", "store");
    config = directory.resolve("taksit.yaml");
    Files.writeString(config, ReadyConfiguration.yaml(tree));
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }



  private static String unknownPayment(String account, String key) throws IOException {
    JsonNode bill = taksit("inquire", "--biller", "momkn-362", "--account", account).json();
    String reference = bill.get("billReference").asText();
    String amount = bill.get("totalDue").decimalValue().toPlainString();
    JsonNode quote = taksit("fees", "--bill", reference, "--amount", amount, "--currency", "EGP")
        .json();
    sandbox.faults(FaultPlan.scripted()
        .next(MomknSandbox.ID, SandboxOperation.PAY, Fault.chargeThenDrop()));
    CliRun paid = taksit("pay", "--key", key, "--bill", reference, "--amount", amount,
        "--currency", "EGP", "--quote", quote.get("quoteId").asText());
    sandbox.faults(FaultPlan.none());
    assertThat(paid.out()).as(paid.err()).contains("\"status\" : \"UNKNOWN\"");
    return paid.json().get("paymentId").asText();
  }

  private static CliRun taksit(String... args) {
    String[] json = new String[args.length + 1];
    json[0] = "--json";
    System.arraycopy(args, 0, json, 1, args.length);
    return CliRun.taksit(config, Map.of("USER", "ops-on-call"), json);
  }

  @Test
  void anUnknownPaymentIsSettledOnceWithWhoWhyAndEvidenceAndThenNeverChanges() throws IOException {
    String payment = unknownPayment("1000000101", "resolve-1");

    CliRun resolved = taksit("resolve", "--payment", payment, "--status", "SUCCEEDED", "--reason",
        "Momkn support confirmed the charge", "--evidence", "MOMKN-7731");
    CliRun again = taksit("resolve", "--payment", payment, "--status", "DECLINED", "--reason",
        "second thoughts", "--evidence", "none");

    assertThat(resolved.exitCode()).as(resolved.err()).isZero();
    assertThat(resolved.json().get("status").asText()).isEqualTo("SUCCEEDED");
    assertThat(resolved.json().get("needsReview").asBoolean()).isFalse();
    assertThat(again.exitCode()).isEqualTo(ExitCodes.REFUSED);
    assertThat(again.out() + again.err()).contains("never changes");
    assertThat(taksit("status", "--stored", payment).json().get("status").asText())
        .isEqualTo("SUCCEEDED");
  }

  @Test
  void aBadStatusOrAMissingReasonIsRefusedBeforeAnythingIsRead() throws IOException {
    CliRun badStatus = taksit("resolve", "--payment", "p-1", "--status", "PAID", "--reason", "r",
        "--evidence", "e");
    CliRun noReason = taksit("resolve", "--payment", "p-1", "--status", "SUCCEEDED",
        "--evidence", "e");

    assertThat(badStatus.exitCode()).isEqualTo(ExitCodes.REFUSED);
    assertThat(badStatus.out() + badStatus.err()).contains("--status", "SUCCEEDED or DECLINED");
    assertThat(noReason.exitCode()).isEqualTo(ExitCodes.USAGE);
  }
}
