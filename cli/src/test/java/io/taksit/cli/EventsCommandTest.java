package io.taksit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.taksit.cli.sandbox.ReadyConfiguration;
import io.taksit.sandbox.ProviderSandbox;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code taksit events}: the outbox's counts, one relay pass on demand, dead letters, replay. */
class EventsCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path directory;

  private record Run(int exitCode, String out, String err) {
    JsonNode json() throws IOException {
      return JSON.readTree(out);
    }
  }

  private static Run taksit(Path config, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String[] all = new String[args.length + 3];
    all[0] = "-c";
    all[1] = config.toString();
    all[2] = "--json";
    System.arraycopy(args, 0, all, 3, args.length);
    int code = TaksitCli.run(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), all);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
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
      Run paid = taksit(config, "pay", "--key", "events-1", "--bill", reference, "--amount",
          amount, "--currency", "EGP", "--quote", quote.get("quoteId").asText());
      assertThat(paid.json().get("status").asText()).as(paid.err()).isEqualTo("SUCCEEDED");

      JsonNode waiting = taksit(config, "events").json();
      Run delivered = taksit(config, "events", "--deliver");
      JsonNode after = taksit(config, "events").json();
      Run dead = taksit(config, "events", "--dead");
      Run notDead = taksit(config, "events", "--replay",
          paid.json().get("paymentId").asText() + ":1");
      Run malformed = taksit(config, "events", "--replay", "not-an-event-id");

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
