package io.taksit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every view of every command, as {@code --json} and as text, compared byte for byte with the
 * files under {@code src/test/resources/io/taksit/cli/views/}: a script parsing the JSON and a
 * person used to the tables both see exactly what they saw before a change to how views are built.
 * The files were recorded from the views as they were before views became records; record them
 * again only for an intended change, with {@code -Dtaksit.views.record=true}, and read the diff.
 */
class ViewsCharacterizationTest {

  private static final Path RECORDED = Path.of("src/test/resources/io/taksit/cli/views");

  static Stream<Arguments> views() {
    return ViewSamples.all().entrySet().stream()
        .map(view -> Arguments.of(view.getKey(), view.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("views")
  void printsExactlyWhatItPrintedBefore(String name, ToIntFunction<Terminal> view)
      throws IOException {
    for (boolean json : new boolean[] {true, false}) {
      String printed = printed(view, json);
      Path file = RECORDED.resolve(name + (json ? ".json" : ".txt"));
      if (Boolean.getBoolean("taksit.views.record")) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, printed, StandardCharsets.UTF_8);
      }
      assertThat(printed).as(file.toString())
          .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
  }

  /** What the view prints on stdout; line ends as \n, so the files read the same everywhere. */
  private static String printed(ToIntFunction<Terminal> view, boolean json) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream stderr = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      view.applyAsInt(new Terminal(stdout, stderr, json));
    }
    if (err.size() > 0) {
      throw new UncheckedIOException(new IOException("a view wrote to stderr: " + err));
    }
    return out.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
  }
}
