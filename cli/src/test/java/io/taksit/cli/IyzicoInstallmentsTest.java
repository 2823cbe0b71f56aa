package io.taksit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.taksit.cli.sandbox.ReadyConfiguration;
import io.taksit.sandbox.ProviderSandbox;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * iyzico, added through the SPI, in {@code taksit installments} against the sandbox's ready
 * configuration: its plans merged with Paywall's and Teqpay's, its commission unknown.
 */
class IyzicoInstallmentsTest {

  @TempDir
  Path directory;

  @Test
  void installmentsListIyzicoPaywallAndTeqpayPlans() throws IOException {
    try (ProviderSandbox sandbox = ProviderSandbox.start()) {
      Path file = directory.resolve("sandbox.yaml");
      Files.writeString(file, ReadyConfiguration.yaml(sandbox.configuration()));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();

      int exit = TaksitCli.run(new PrintStream(out, true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), "-c", file.toString(),
          "--json", "installments", "--bin", "454360", "--amount", "1000", "--currency", "TRY");

      assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
      JsonNode quotes = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
      Set<String> providers = new LinkedHashSet<>();
      quotes.get("options").forEach(option -> {
        providers.add(option.get("provider").asText());
        if (option.get("provider").asText().equals("iyzico")) {
          assertThat(option.get("merchantCommissionRate").isNull()).as("unknown, never 0")
              .isTrue();
        }
      });
      assertThat(providers).contains("iyzico", "paywall", "teqpay");
      assertThat(quotes.get("problems")).isEmpty();
    }
  }
}
