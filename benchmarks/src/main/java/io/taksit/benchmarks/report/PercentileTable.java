package io.taksit.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.taksit.bootstrap.text.TextTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The percentiles of the pairs measured in {@code sample} mode (JMH's SampleTime writes them in
 * {@code primaryMetric.scorePercentiles}): p50 and p99 of both sides, their ratios, and Taksit's
 * time minus the baseline's, which is Taksit's own time when the baseline is the same exchange
 * done by hand (the adapter and end-to-end families). Goals: the pair's ratio goal at p50 and p99,
 * and {@link Goals#maxOverheadSeconds} on the mean difference.
 */
public final class PercentileTable {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** p50 and p99 of one result, in seconds per operation. */
  record Percentiles(double p50, double p99) {}

  private PercentileTable() {}

  /** The table for the {@code sample} pairs among {@code ratios}; empty text when there is none. */
  public static String render(List<Ratio> ratios, List<Path> inputs) {
    Map<String, Percentiles> byResult = new HashMap<>();
    for (Path input : inputs) {
      try {
        byResult.putAll(read(MAPPER.readTree(input.toFile())));
      } catch (IOException unreadable) {
        throw new UncheckedIOException("cannot read the JMH result " + input, unreadable);
      }
    }
    return render(ratios, byResult);
  }

  static String render(List<Ratio> ratios, Map<String, Percentiles> byResult) {
    TextTable table = TextTable.of("benchmark", "Taksit p50", "baseline p50", "ratio p50",
        "Taksit p99", "baseline p99", "ratio p99", "Taksit − baseline (mean / p50)", "goal",
        "verdict").right(1, 2, 3, 4, 5, 6, 7);
    for (Ratio ratio : ratios) {
      Percentiles taksit = byResult.get(key(ratio.taksit()));
      Percentiles baseline = byResult.get(key(ratio.baseline()));
      if (taksit == null || baseline == null) {
        continue;
      }
      double ratio50 = taksit.p50() / baseline.p50();
      double ratio99 = taksit.p99() / baseline.p99();
      double meanDifference = ratio.taksit().secondsPerOp() - ratio.baseline().secondsPerOp();
      table.row(ratio.label(), Figures.duration(taksit.p50()), Figures.duration(baseline.p50()),
          "**" + Figures.ratio(ratio50) + "**", Figures.duration(taksit.p99()),
          Figures.duration(baseline.p99()), "**" + Figures.ratio(ratio99) + "**",
          signed(meanDifference) + " / " + signed(taksit.p50() - baseline.p50()), goal(ratio),
          verdict(ratio, ratio50, ratio99, meanDifference));
    }
    // No table at all when no pair has percentiles.
    return table.isEmpty() ? "" : table.markdown();
  }

  private static String signed(double seconds) {
    return seconds < 0 ? "−" + Figures.duration(-seconds) : Figures.duration(seconds);
  }

  private static String goal(Ratio ratio) {
    Optional<Goals.Goal> goal = ratio.goal();
    OptionalDouble overhead = Goals.maxOverheadSeconds(ratio.label());
    if (goal.isPresent()) {
      return "p50 and p99 ≤ " + Figures.goal(goal.get().maxRatio());
    }
    if (overhead.isPresent()) {
      return "Taksit − baseline ≤ " + Figures.duration(overhead.getAsDouble());
    }
    return "—";
  }

  private static String verdict(Ratio ratio, double ratio50, double ratio99,
      double meanDifference) {
    Optional<Goals.Goal> goal = ratio.goal();
    OptionalDouble overhead = Goals.maxOverheadSeconds(ratio.label());
    if (goal.isPresent()) {
      double max = goal.get().maxRatio();
      return "p50 " + met(ratio50 <= max) + ", p99 " + met(ratio99 <= max);
    }
    if (overhead.isPresent()) {
      return met(meanDifference <= overhead.getAsDouble());
    }
    return Goals.withoutGoal(ratio.label());
  }

  private static String met(boolean met) {
    return met ? "met" : "**missed**";
  }

  static Map<String, Percentiles> read(JsonNode root) {
    Map<String, Percentiles> out = new LinkedHashMap<>();
    for (JsonNode node : root) {
      JsonNode primary = node.path("primaryMetric");
      JsonNode percentiles = primary.path("scorePercentiles");
      if (!"sample".equals(node.path("mode").asText()) || !percentiles.isObject()) {
        continue;
      }
      String unit = primary.path("scoreUnit").asText();
      JsonNode p50 = percentiles.get("50.0");
      JsonNode p99 = percentiles.get("99.0");
      if (p50 == null || p99 == null) {
        continue;
      }
      Map<String, String> params = new LinkedHashMap<>();
      Iterator<Map.Entry<String, JsonNode>> fields = node.path("params").fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        params.put(field.getKey(), field.getValue().asText());
      }
      out.put(key(node.path("benchmark").asText(), node.path("mode").asText(),
          node.path("threads").asInt(1), params),
          new Percentiles(Units.secondsPerOp(p50.asDouble(), unit),
              Units.secondsPerOp(p99.asDouble(), unit)));
    }
    return out;
  }

  private static String key(BenchmarkResult result) {
    return key(result.benchmark(), result.mode(), result.threads(), result.params());
  }

  private static String key(String benchmark, String mode, int threads,
      Map<String, String> params) {
    return benchmark + "|" + mode + "|" + threads + "|" + new java.util.TreeMap<>(params);
  }
}
