package io.taksit.benchmarks.report;

import java.util.List;
import java.util.OptionalDouble;

/** The ratio table and the absolute figures behind it, as Markdown for docs/benchmarks.md. */
public final class MarkdownTable {

  private MarkdownTable() {}

  /** The ratio table, the absolute figures, and any benchmark that found no partner. */
  public static String render(Pairing.Outcome outcome) {
    StringBuilder out = new StringBuilder();
    out.append("| benchmark | mode | Taksit | baseline | ratio (Taksit ÷ baseline cost) "
        + "| ratio range (99.9 %) | goal | verdict |\n");
    out.append("|---|---|---:|---:|---:|---:|---|---|\n");
    for (Ratio ratio : outcome.ratios()) {
      double[] range = ratio.range();
      out.append("| ").append(ratio.label())
          .append(" | ").append(ratio.taksit().mode())
          .append(" | ").append(score(ratio.taksit()))
          .append(" | ").append(score(ratio.baseline()))
          .append(" | **").append(Figures.ratio(ratio.value())).append("**")
          .append(" | ").append(Figures.ratio(range[0])).append(" – ")
          .append(Figures.ratio(range[1]))
          .append(" | ").append(ratio.goal().map(g -> "≤ " + Figures.goal(g.maxRatio()))
              .orElse("—"))
          .append(" | ").append(verdict(ratio))
          .append(" |\n");
    }
    out.append("\n");
    out.append("| benchmark | Taksit per operation | baseline per operation "
        + "| Taksit operations/s (per thread) | allocated per operation, Taksit / baseline "
        + "| throughput goal |\n");
    out.append("|---|---:|---:|---:|---:|---|\n");
    for (Ratio ratio : outcome.ratios()) {
      out.append("| ").append(ratio.label())
          .append(" | ").append(Figures.duration(ratio.taksit().secondsPerOp()))
          .append(" | ").append(Figures.duration(ratio.baseline().secondsPerOp()))
          .append(" | ").append(Figures.perSecond(ratio.taksitOpsPerSecond()))
          .append(" | ").append(allocation(ratio))
          .append(" | ").append(throughputGoal(ratio))
          .append(" |\n");
    }
    List<BenchmarkResult> unpaired = outcome.unpaired();
    if (!unpaired.isEmpty()) {
      out.append("\nWithout a partner (name them `taksitXxx` / `baselineXxx` in one class): ");
      out.append(String.join(", ", unpaired.stream()
          .map(r -> "`" + r.benchmark() + "` (" + r.mode() + ")").toList()));
      out.append("\n");
    }
    return out.toString();
  }

  private static String score(BenchmarkResult result) {
    return Figures.score(result.score(), result.scoreError(), result.unit());
  }

  private static String verdict(Ratio ratio) {
    return ratio.goalMet().map(met -> (met ? "met" : "**missed**")
        + (ratio.straddlesGoal() ? " (goal inside the range)" : ""))
        .orElse(Goals.withoutGoal(ratio.label()));
  }

  private static String allocation(Ratio ratio) {
    OptionalDouble taksit = ratio.taksit().bytesPerOp();
    OptionalDouble baseline = ratio.baseline().bytesPerOp();
    if (taksit.isEmpty() || baseline.isEmpty()) {
      return "not measured (run with -prof gc)";
    }
    return Figures.bytes(taksit.getAsDouble()) + " / " + Figures.bytes(baseline.getAsDouble());
  }

  private static String throughputGoal(Ratio ratio) {
    OptionalDouble floor = ratio.minOpsPerSecond();
    if (floor.isEmpty()) {
      return "—";
    }
    boolean met = ratio.taksitOpsPerSecond() >= floor.getAsDouble();
    double[] seconds = ratio.taksit().secondsPerOpInterval();
    boolean straddles = 1.0 / seconds[1] <= floor.getAsDouble()
        && floor.getAsDouble() <= 1.0 / seconds[0];
    return "≥ " + Figures.perSecond(floor.getAsDouble()) + ": " + (met ? "met" : "**missed**")
        + (straddles ? " (goal inside the range)" : "");
  }
}
