package io.taksit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.taksit.cli.sandbox.ReadyConfiguration;
import io.taksit.sandbox.ProviderSandbox;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code taksit events}: the outbox's counts, one relay pass on demand, dead letters, replay. */
class EventsCommandTest {


  @TempDir
  Path directory;



  private static CliRun taksit(Path config, String... args) {
    String[] json = new String[args.length + 1];
    json[0] = "--json";
    System.arraycopy(args, 0, json, 1, args.length);
    return CliRun.taksit(config, Map.of(), json);
  }

  @Test
  void aPaymentsEventsWaitInTheOutboxUntilARelayPassDeliversThem() throws IOException {
    try (ProviderSandbox sandbox = ProviderSandbox.start()) {
      ObjectNode tree = sandbox.configuration();
      tree.putObject("storage").put("kind", "h2").put("directory", "store");
      Path config = directory.resolve("taksit.yaml");
      Files.writeString(config, ReadyConfiguration.yaml(tree));
      JsonNode bill = taksit(config, "inquire", "--biller", "momkn-362", "--account",
          "1000000101").json();
      String reference = bill.get("billReference").asText();
      String amount = bill.get("totalDue").decimalValue().toPlainString();
      JsonNode quote = taksit(config, "fees", "--bill", reference, "--amount", amount,
          "--currency", "EGP").json();
      CliRun paid = taksit(config, "pay", "--key", "events-1", "--bill", reference, "--amount",
          amount, "--currency", "EGP", "--quote", quote.get("quoteId").asText());
      assertThat(paid.json().get("status").asText()).as(paid.err()).isEqualTo("SUCCEEDED");

      JsonNode waiting = taksit(config, "events").json();
      CliRun delivered = taksit(config, "events", "--deliver");
      JsonNode after = taksit(config, "events").json();
      CliRun dead = taksit(config, "events", "--dead");
      CliRun notDead = taksit(config, "events", "--replay",
          paid.json().get("paymentId").asText() + ":1");
      CliRun malformed = taksit(config, "events", "--replay", "not-an-event-id");

      assertThat(waiting.get("pending").asLong()).isGreaterThanOrEqualTo(2);
      assertThat(delivered.exitCode()).as(delivered.err()).isZero();
      assertThat(delivered.json().get("delivered").asLong()).isGreaterThanOrEqualTo(2);
      assertThat(after.get("pending").asLong()).isZero();
      assertThat(after.get("delivered").asLong()).isEqualTo(delivered.json().get("delivered")
          .asLong());
      assertThat(dead.json().get("deadLetters")).isEmpty();
      assertThat(notDead.exitCode()).isEqualTo(ExitCodes.REFUSED);
      assertThat(malformed.exitCode()).isEqualTo(ExitCodes.USAGE);
    }
  }
}
