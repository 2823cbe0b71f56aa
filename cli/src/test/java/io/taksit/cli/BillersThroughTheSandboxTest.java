package io.taksit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.taksit.cli.sandbox.ReadyConfiguration;
import io.taksit.sandbox.ProviderSandbox;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code taksit billers --sync momkn} against the sandbox: Momkn's catalog synced into the store,
 * service 362 listed with its amount rule and input fields beside the hand-configured billers,
 * the next sync incremental; and an inquiry whose input breaks a field's rule refused before any
 * provider call.
 */
class BillersThroughTheSandboxTest {

  @TempDir
  Path directory;

  private Path config(ProviderSandbox sandbox) throws IOException {
    Path file = directory.resolve("sandbox.yaml");
    Files.writeString(file, ReadyConfiguration.yaml(sandbox.configuration()));
    return file;
  }

  @Test
  void syncListsService362WithItsAmountRuleAndInputFieldsThenSyncsOnlyWhatChanged()
      throws IOException {
    try (ProviderSandbox sandbox = ProviderSandbox.start()) {
      Path file = config(sandbox);

      CliRun first = CliRun.taksit(file, Map.of(), "--json", "billers", "--sync", "momkn");

      assertThat(first.exitCode()).as(first.err()).isZero();
      JsonNode json = first.json();
      assertThat(json.at("/synced/fromVersion").asText()).isEqualTo("0");
      assertThat(json.at("/synced/toVersion").asText()).isEqualTo("3");
      assertThat(texts(json.at("/synced/stored")))
          .containsExactly("momkn-362", "momkn-363", "momkn-364", "momkn-365");
      JsonNode takka = biller(json, "momkn-362");
      assertThat(takka.get("origin").asText()).as("configured by hand, so it wins")
          .isEqualTo("configured");
      assertThat(takka.at("/amountRule/minimum").asText()).isEqualTo("1.00");
      assertThat(takka.at("/amountRule/maximum").asText()).isEqualTo("1000000000.00");
      assertThat(takka.at("/amountRule/step").asText()).isEqualTo("5.00");
      assertThat(takka.get("paymentMode").asText()).isEqualTo("FIXED");
      assertThat(takka.get("accountField").asText()).isEqualTo("billingAccount");
      assertThat(takka.at("/fields/0/key").asText()).isEqualTo("billingAccount");
      assertThat(takka.at("/fields/0/type").asText()).isEqualTo("NUMERIC");
      assertThat(takka.at("/fields/0/expression").asText()).isEqualTo("^[0-9]{10}$");
      JsonNode electricity = biller(json, "momkn-363");
      assertThat(electricity.get("origin").asText()).isEqualTo("synced");
      assertThat(electricity.get("paymentMode").asText()).isEqualTo("PARTIAL");
      assertThat(texts(electricity.at("/fields/1/choices")))
          .containsExactly("Cairo", "Giza", "Alexandria");
      assertThat(biller(json, "momkn-364").at("/fields/1/type").asText()).isEqualTo("DATE");
      assertThat(biller(json, "momkn-365").get("paymentMode").asText()).isEqualTo("ADVANCE");

      CliRun again = CliRun.taksit(file, Map.of(), "--json", "billers", "--sync", "momkn");
      assertThat(again.exitCode()).as(again.err()).isZero();
      assertThat(again.json().at("/synced/fromVersion").asText()).isEqualTo("3");
      assertThat(again.json().at("/synced/stored")).isEmpty();
      assertThat(again.json().get("count").asInt()).isEqualTo(json.get("count").asInt());

      CliRun text = CliRun.taksit(file, Map.of(), "billers", "--provider", "momkn");
      assertThat(text.exitCode()).as(text.err()).isZero();
      assertThat(text.out()).contains("momkn-362", "1.00 to 1000000000.00 EGP, step 5.00",
          "billingAccount (required) = the account: NUMERIC", "must match ^[0-9]{10}$",
          "governorate (required): DROPDOWN", "4 billers");
    }
  }

  @Test
  void anInquiryBreakingAFieldRuleIsRefusedBeforeAnyProviderCall() throws IOException {
    try (ProviderSandbox sandbox = ProviderSandbox.start()) {
      Path file = config(sandbox);
      assertThat(CliRun.taksit(file, Map.of(), "billers", "--sync", "momkn").exitCode()).isZero();
      long requests = sandbox.requestCount();

      CliRun shortAccount = CliRun.taksit(file, Map.of(), "--json", "inquire", "--biller",
          "momkn-362", "--account", "12345");
      CliRun badChoice = CliRun.taksit(file, Map.of(), "--json", "inquire", "--biller",
          "momkn-363", "--account", "12345", "--field", "governorate=Aswan");

      assertThat(shortAccount.exitCode()).isEqualTo(ExitCodes.REFUSED);
      assertThat(shortAccount.json().at("/error/violations/0/field").asText()).isEqualTo("account");
      assertThat(shortAccount.json().at("/error/violations/0/rule").asText())
          .contains("^[0-9]{10}$", "the account is 10 digits");
      assertThat(badChoice.json().at("/error/violations/0/option").asText())
          .isEqualTo("--field governorate");
      assertThat(badChoice.json().at("/error/violations/0/rule").asText())
          .isEqualTo("must be one of Cairo, Giza, Alexandria");
      assertThat(sandbox.requestCount()).as("no provider was called").isEqualTo(requests);

      CliRun fine = CliRun.taksit(file, Map.of(), "inquire", "--biller", "momkn-362",
          "--account", "1000000101");
      assertThat(fine.exitCode()).as(fine.err()).isZero();
      assertThat(fine.out()).contains("Mona Adel Hassan");
    }
  }

  private static JsonNode biller(JsonNode json, String id) {
    for (JsonNode biller : json.get("billers")) {
      if (biller.get("id").asText().equals(id)) {
        return biller;
      }
    }
    throw new AssertionError("no biller " + id + " in " + json);
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.asText()));
    return texts;
  }
}
