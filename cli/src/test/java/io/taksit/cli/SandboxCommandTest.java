package io.taksit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.taksit.sandbox.ProviderSandbox;
import io.taksit.sandbox.SandboxSettings;
import io.taksit.sandbox.spi.SandboxProviders;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code taksit sandbox} end to end through {@link TaksitCli#run}: it starts the sandbox, writes
 * a ready configuration, and the other commands work against it with nothing but {@code -c FILE}.
 * The test runs them while the command holds the sandbox in the foreground, in place of waiting
 * for the process to be stopped.
 */
class SandboxCommandTest {

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  @TempDir
  Path directory;

  @Test
  void writesAReadyConfigurationThatTheOtherCommandsUseAsIs() throws IOException {
    Path file = directory.resolve("sandbox.yaml");
    String config = file.toAbsolutePath().toString();
    List<Run> runs = new ArrayList<>();
    AtomicInteger port = new AtomicInteger();

    Run started = sandbox(served -> {
      port.set(served.port());
      runs.add(run(CommandLine.defaultFactory(), "-c", config, "--json", "installments",
          "--bin", "454360", "--amount", "1000", "--currency", "TRY"));
      runs.add(run(CommandLine.defaultFactory(), "-c", config, "--json", "inquire",
          "--biller", "momkn-362", "--account", "1000000101"));
      runs.add(run(CommandLine.defaultFactory(), "-c", config, "inquire",
          "--biller", "sipay-turk-telekom", "--account", "5536557580"));
    }, "sandbox", "--port", "0", "--config-out", config);

    assertThat(started.exitCode()).as(started.err()).isZero();
    assertThat(started.out()).contains("Provider sandbox on http://127.0.0.1:" + port.get(),
        "momkn    http://127.0.0.1:" + port.get() + "/momkn/gateway/api/v2",
        "teqpay   http://127.0.0.1:" + port.get() + "/teqpay",
        "Configuration written to " + config,
        "taksit -c " + config + " inquire --biller momkn-362 --account 1000000101",
        "taksit -c " + config + " installments --bin 454360 --amount 1000 --currency TRY");

    Run installments = runs.get(0);
    assertThat(installments.exitCode()).as(installments.err()).isZero();
    List<String> providers = new ArrayList<>();
    installments.json().get("options").forEach(option ->
        providers.add(option.get("provider").asText()));
    assertThat(providers).contains("paywall", "teqpay");
    assertThat(installments.json().get("problems")).isEmpty();

    Run inquiry = runs.get(1);
    assertThat(inquiry.exitCode()).as(inquiry.err()).isZero();
    assertThat(inquiry.json().get("customerName").asText()).isEqualTo("Mona Adel Hassan");
    assertThat(inquiry.json().get("totalDue").decimalValue()).isEqualByComparingTo("250.00");
    assertThat(runs.get(2).exitCode()).as(runs.get(2).err()).isZero();
    assertThat(runs.get(2).out()).contains("Ayşe Yılmaz", "196.50 TRY");

    String written = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(written).startsWith("# Written by taksit sandbox")
        .contains("storage:", "kind: h2", "directory: " + SandboxCommand.STORE_DIRECTORY,
            "id: momkn-362", "name: Takka installments (أقساط)", "serviceCode: \"362\"",
            "id: sipay-turk-telekom", "baseUrl: http://127.0.0.1:" + port.get() + "/sipay")
        .doesNotContain("${");
    assertThat(Files.isDirectory(directory.resolve(SandboxCommand.STORE_DIRECTORY))).isTrue();
    // Closed once the foreground returned: its port is free again.
    try (ProviderSandbox again = ProviderSandbox.start(SandboxSettings.defaults()
        .withPort(port.get()))) {
      assertThat(again.port()).isEqualTo(port.get());
    }
  }

  @Test
  void everyStartEmptiesTheStoreTheSandboxNoLongerKnows() {
    String config = directory.resolve("sandbox.yaml").toString();
    List<Run> runs = new ArrayList<>();

    sandbox(served -> {
      JsonNode bill = run(CommandLine.defaultFactory(), "-c", config, "--json", "inquire",
          "--biller", "momkn-362", "--account", "1000000104").json();
      runs.add(run(CommandLine.defaultFactory(), "-c", config, "--json", "pay", "--key", "k-1",
          "--bill", bill.get("billReference").asText(), "--amount", "1250", "--currency", "EGP",
          "--accept-total", "1266.53"));
      runs.add(run(CommandLine.defaultFactory(), "-c", config, "--json", "payments"));
    }, "sandbox", "--config-out", config);
    sandbox(served -> runs.add(run(CommandLine.defaultFactory(), "-c", config, "--json",
        "payments")), "sandbox", "--config-out", config);

    assertThat(runs.get(0).exitCode()).as(runs.get(0).out() + runs.get(0).err()).isZero();
    assertThat(runs.get(1).json().get("count").asInt()).isEqualTo(1);
    assertThat(runs.get(2).exitCode()).as(runs.get(2).err()).isZero();
    assertThat(runs.get(2).json().get("count").asInt()).isZero();
  }

  @Test
  void withoutAFileItOnlyServesAndWithJsonItSaysWhereInOneDocument() {
    Run text = sandbox(served -> { }, "sandbox");
    Run json = sandbox(served -> { }, "--json", "sandbox");

    assertThat(text.exitCode()).isZero();
    assertThat(text.out()).contains("No configuration written: add --config-out FILE");
    assertThat(json.exitCode()).isZero();
    JsonNode document = json.json();
    assertThat(document.get("providers").size()).isEqualTo(SandboxProviders.installed().size());
    assertThat(document.get("providers").get("paywall").asText())
        .isEqualTo("http://127.0.0.1:" + document.get("port").asInt() + "/paywall/api/paywall");
    assertThat(document.get("configFile").isNull()).isTrue();
  }

  @Test
  void isATaksitCommandWithHelpAndItsPortIsChecked() {
    Run help = run(CommandLine.defaultFactory(), "sandbox", "--help");
    Run list = run(CommandLine.defaultFactory(), "--help");
    Run badPort = sandbox(served -> { }, "sandbox", "--port", "70000");

    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("--port", "--config-out", "until stopped");
    assertThat(list.out()).contains("sandbox");
    assertThat(badPort.exitCode()).isEqualTo(2);
    assertThat(badPort.err()).contains("--port: must be within 0 and 65535");
  }

  // -----------------------------------------------------------------------------------------------

  /** {@code taksit <args>}, {@code taksit sandbox} holding its sandbox in {@code foreground}. */
  private static Run sandbox(SandboxCommand.Foreground foreground, String... args) {
    return run(new CommandLine.IFactory() {
      @Override
      public <K> K create(Class<K> type) throws Exception {
        return type == SandboxCommand.class ? type.cast(new SandboxCommand(foreground))
            : CommandLine.defaultFactory().create(type);
      }
    }, args);
  }

  private static Run run(CommandLine.IFactory factory, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exitCode = TaksitCli.run(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), factory, args);
    return new Run(exitCode, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  private record Run(int exitCode, String out, String err) {
    JsonNode json() {
      try {
        return JSON.readTree(out);
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + out + err, e);
      }
    }
  }
}
