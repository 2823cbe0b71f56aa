package io.taksit.benchmarks.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns JMH's JSON result into the ratio table of docs/benchmarks.md and a PNG chart of the
 * ratios:
 *
 * <pre>
 * java -Djava.awt.headless=true -cp benchmarks/target/benchmarks.jar \
 *     io.taksit.benchmarks.report.RatioReport benchmarks/target/jmh.json \
 *     --chart docs/benchmarks-ratios.png [--markdown FILE] [--note "2 cores"]
 * </pre>
 *
 * <p>Several JSON files may be given (one per JMH run); each {@code taksitXxx} benchmark is paired
 * with the {@code baselineXxx} of its class, and the Markdown goes to standard output (and to
 * {@code --markdown FILE} when given); {@code --note} adds what JMH does not record (the cores) to
 * the chart's subtitle. Exit status 2 for bad arguments.
 */
public final class RatioReport {

  private RatioReport() {}

  public static void main(String[] args) {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
    Arguments arguments;
    try {
      arguments = Arguments.parse(args);
    } catch (IllegalArgumentException badUsage) {
      System.err.println(badUsage.getMessage());
      System.err.println(
          "usage: RatioReport JMH_JSON... [--chart PNG] [--markdown FILE] [--note TEXT]");
      System.exit(2);
      return;
    }
    List<BenchmarkResult> results = new ArrayList<>();
    arguments.inputs().forEach(input -> results.addAll(JmhJson.read(input)));
    Pairing.Outcome outcome = Pairing.pair(results);
    String markdown = MarkdownTable.render(outcome);
    String percentiles = PercentileTable.render(outcome.ratios(), arguments.inputs());
    if (!percentiles.isEmpty()) {
      markdown = markdown + "\nPercentiles of the sampled pairs (SampleTime):\n\n" + percentiles;
    }
    System.out.print(markdown);
    if (arguments.markdown() != null) {
      write(arguments.markdown(), markdown);
    }
    if (arguments.chart() != null) {
      String subtitle = subtitle(arguments.inputs().get(0))
          + (arguments.note() == null ? "" : " · " + arguments.note());
      RatioChart.write(outcome.ratios(), subtitle, arguments.chart());
      System.err.println("chart written to " + arguments.chart());
    }
    if (!outcome.unpaired().isEmpty()) {
      System.err.println("warning: " + outcome.unpaired().size()
          + " benchmark(s) without a taksit/baseline partner");
    }
  }

  /** The JVM and run settings of the first result, as JMH recorded them. */
  static String subtitle(Path input) {
    try {
      var root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(input.toFile());
      var first = root.path(0);
      return String.format(Locale.ROOT,
          "JDK %s (%s) · threads: %d · forks: %d · warmup %d × %s · measurement %d × %s · JMH %s",
          first.path("jdkVersion").asText("?"), first.path("vmName").asText("?"),
          first.path("threads").asInt(), first.path("forks").asInt(),
          first.path("warmupIterations").asInt(), first.path("warmupTime").asText("?"),
          first.path("measurementIterations").asInt(), first.path("measurementTime").asText("?"),
          first.path("jmhVersion").asText("?"));
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  private static void write(Path file, String text) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException unwritable) {
      throw new UncheckedIOException("cannot write " + file, unwritable);
    }
  }

  record Arguments(List<Path> inputs, Path chart, Path markdown, String note) {

    static Arguments parse(String[] args) {
      List<Path> inputs = new ArrayList<>();
      Path chart = null;
      Path markdown = null;
      String note = null;
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--chart" -> chart = Path.of(value(args, ++i, "--chart"));
          case "--markdown" -> markdown = Path.of(value(args, ++i, "--markdown"));
          case "--note" -> note = value(args, ++i, "--note");
          default -> {
            if (args[i].startsWith("--")) {
              throw new IllegalArgumentException("unknown option " + args[i]);
            }
            inputs.add(Path.of(args[i]));
          }
        }
      }
      if (inputs.isEmpty()) {
        throw new IllegalArgumentException("name at least one JMH JSON result (-rf json -rff FILE)");
      }
      return new Arguments(List.copyOf(inputs), chart, markdown, note);
    }

    private static String value(String[] args, int at, String option) {
      if (at >= args.length) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      return args[at];
    }
  }
}
