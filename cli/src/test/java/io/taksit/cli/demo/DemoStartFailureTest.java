package io.taksit.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.taksit.adapters.http.support.Sleeper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A demo that cannot start says why in one line and fails, without a stack trace. */
class DemoStartFailureTest {

  @TempDir
  Path tempDir;

  @Test
  void aDataDirectoryThatIsAFileIsReportedInOneLine() throws Exception {
    Path notADirectory = Files.writeString(tempDir.resolve("taken"), "not a directory");
    StringWriter out = new StringWriter();

    DemoOutcome outcome = new DemoScenario(notADirectory, Sleeper.REAL)
        .run(new PrintWriter(out, true));

    assertThat(outcome.passed()).isFalse();
    assertThat(outcome.actsFailed()).singleElement().asString().startsWith("start: ");
    assertThat(out.toString()).startsWith("The demo could not start: could not create the demo's"
        + " store directory").doesNotContain("\tat ");
    assertThat(out.toString().lines()).hasSize(1);
  }
}
