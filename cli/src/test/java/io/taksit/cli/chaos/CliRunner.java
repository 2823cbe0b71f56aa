package io.taksit.cli.chaos;

import io.taksit.cli.TaksitCli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Runs the {@code taksit} command line in-process and keeps what it printed. */
final class CliRunner {

  /** What one invocation printed and answered. */
  record Run(int exitCode, String out, String err) {
    String printed() {
      return out + err;
    }
  }

  private CliRunner() {}

  static Run run(Map<String, String> environment, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exitCode = TaksitCli.run(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), environment, args);
    return new Run(exitCode, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }
}
