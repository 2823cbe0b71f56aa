package io.taksit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.taksit.cli.sandbox.ReadyConfiguration;
import io.taksit.sandbox.ProviderSandbox;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CLI commands in separate processes on one H2 store: a cron {@code reconcile} beside a person's
 * {@code inquire} and a {@code payments} listing all finish (H2's automatic mixed mode), and a
 * store that cannot be opened is exit 2 saying no provider was called, not exit 3.
 */
class StoreProcessesTest {

  private static final int ROUNDS = 10;
  private static final long PROCESS_TIMEOUT_SECONDS = 120;

  private static ProviderSandbox sandbox;

  @TempDir
  static Path directory;

  @BeforeAll
  static void start() {
    sandbox = ProviderSandbox.start();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  private static Path configWithStore(String name, String storeDirectory) throws IOException {
    ObjectNode tree = sandbox.configuration();
    tree.putObject("storage").put("kind", "h2").put("directory", storeDirectory);
    Path config = directory.resolve(name + ".yaml");
    Files.writeString(config, ReadyConfiguration.yaml(tree));
    return config;
  }

  /** {@code taksit -c config args...} in a JVM of its own, on this test's class path. */
  private static Process taksit(Path config, Path log, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"),
        "-Xshare:auto", "-XX:TieredStopAtLevel=1",
        "io.taksit.cli.TaksitCli", "-c", config.toString()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
  }

  @Test
  void three_processes_on_one_store_all_finish_ten_rounds_running() throws Exception {
    Path config = configWithStore("shared", "shared-store");
    long slowest = 0;
    for (int round = 1; round <= ROUNDS; round++) {
      long started = System.nanoTime();
      List<Process> processes = new ArrayList<>();
      List<Path> logs = new ArrayList<>();
      String[][] commands = {
          {"reconcile"},
          {"inquire", "--biller", "momkn-362", "--account", "1000000104"},
          {"payments"}};
      for (int i = 0; i < commands.length; i++) {
        Path log = directory.resolve("round-" + round + "-" + i + ".log");
        logs.add(log);
        processes.add(taksit(config, log, commands[i]));
      }
      for (int i = 0; i < processes.size(); i++) {
        Process process = processes.get(i);
        assertThat(process.waitFor(PROCESS_TIMEOUT_SECONDS, TimeUnit.SECONDS))
            .as("round %d, %s still running", round, String.join(" ", commands[i])).isTrue();
        String output = Files.readString(logs.get(i), StandardCharsets.UTF_8);
        assertThat(process.exitValue())
            .as("round %d, taksit %s said: %s", round, String.join(" ", commands[i]), output)
            .isZero();
        assertThat(output).doesNotContain("already in use");
      }
      slowest = Math.max(slowest, (System.nanoTime() - started) / 1_000_000);
    }
    System.out.println("StoreProcessesTest: " + ROUNDS + " rounds of 3 processes, slowest round "
        + slowest + " ms");
  }

  @Test
  void a_store_directory_that_is_a_file_is_exit_2_and_no_provider_was_called() throws IOException {
    Path notADirectory = Files.writeString(directory.resolve("plain-file"), "not a store");
    Path config = configWithStore("file-store", notADirectory.toString() + File.separator + "x");

    CliRun run = CliRun.taksit(config, Map.of(), "--json", "inquire", "--biller", "momkn-362",
        "--account", "1000000104");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    assertThat(run.err()).contains("could not be opened; no provider was called");
    assertThat(run.json().get("error").get("code").asText()).isEqualTo("storage.unavailable");
    assertThat(run.json().get("error").get("exitCode").asInt()).isEqualTo(2);
  }

  @Test
  void a_store_file_that_is_not_a_database_is_exit_2_and_no_provider_was_called()
      throws IOException {
    Path store = Files.createDirectories(directory.resolve("broken-store"));
    Files.writeString(store.resolve("taksit.mv.db"), "this is not an H2 file ".repeat(200));
    Path config = configWithStore("broken", store.toString());

    CliRun run = CliRun.taksit(config, Map.of(), "inquire", "--biller", "momkn-362",
        "--account", "1000000104");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    assertThat(run.err()).contains("the H2 store in").contains("no provider was called");
  }
}
