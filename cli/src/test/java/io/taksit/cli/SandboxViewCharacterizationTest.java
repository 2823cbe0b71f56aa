package io.taksit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.taksit.sandbox.ProviderSandbox;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What {@code taksit sandbox} prints once the sandbox serves, as {@code --json} and as text,
 * compared byte for byte with the files recorded beside the other views (see
 * {@link ViewsCharacterizationTest}). The sandbox's port changes from run to run, so it is written
 * {@code <port>} in the files.
 */
class SandboxViewCharacterizationTest {

  private static final Path RECORDED = Path.of("src/test/resources/io/taksit/cli/views");

  private static ProviderSandbox sandbox;

  @BeforeAll
  static void startSandbox() {
    sandbox = ProviderSandbox.start();
  }

  @AfterAll
  static void stopSandbox() {
    sandbox.close();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"sandbox-no-config", "sandbox-config", "sandbox-config-spaced"})
  void printsExactlyWhatItPrintedBefore(String name) throws IOException {
    Path file = switch (name) {
      case "sandbox-config" -> Path.of("/work/demo/taksit.yaml");
      case "sandbox-config-spaced" -> Path.of("/work/my demo/taksit.yaml");
      default -> null;
    };
    Path store = file == null ? null : file.resolveSibling(SandboxCommand.STORE_DIRECTORY);
    for (boolean json : new boolean[] {true, false}) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8)) {
        new Terminal(stdout, System.err, json).show(SandboxCommand.started(sandbox, file, store),
            0);
      }
      String printed = out.toString(StandardCharsets.UTF_8)
          .replace(System.lineSeparator(), "\n")
          .replace(":" + sandbox.port(), ":<port>")
          .replace("\"port\" : " + sandbox.port(), "\"port\" : <port>");
      Path recorded = RECORDED.resolve(name + (json ? ".json" : ".txt"));
      if (Boolean.getBoolean("taksit.views.record")) {
        Files.writeString(recorded, printed, StandardCharsets.UTF_8);
      }
      assertThat(printed).as(recorded.toString())
          .isEqualTo(Files.readString(recorded, StandardCharsets.UTF_8));
    }
  }
}
