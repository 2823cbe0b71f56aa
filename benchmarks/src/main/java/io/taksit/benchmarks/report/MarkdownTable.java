package io.taksit.benchmarks.report;

import io.taksit.bootstrap.text.TextTable;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The ratio table and the absolute figures behind it, as Markdown for docs/benchmarks.md, through
 * the tools' one table renderer.
 */
public final class MarkdownTable {

  private MarkdownTable() {}

  /** The ratio table, the absolute figures, and any benchmark that found no partner. */
  public static String render(Pairing.Outcome outcome) {
    TextTable ratios = TextTable.of("benchmark", "mode", "Taksit", "baseline",
        "ratio (Taksit ÷ baseline cost)", "ratio range (99.9 %)", "goal", "verdict")
        .right(2, 3, 4, 5);
    TextTable figures = TextTable.of("benchmark", "Taksit per operation",
        "baseline per operation", "Taksit operations/s (per thread)",
        "allocated per operation, Taksit / baseline", "throughput goal").right(1, 2, 3, 4);
    for (Ratio ratio : outcome.ratios()) {
      double[] range = ratio.range();
      ratios.row(ratio.label(), ratio.taksit().mode(), score(ratio.taksit()),
          score(ratio.baseline()), "**" + Figures.ratio(ratio.value()) + "**",
          Figures.ratio(range[0]) + " – " + Figures.ratio(range[1]),
          ratio.goal().map(g -> "≤ " + Figures.goal(g.maxRatio())).orElse("—"), verdict(ratio));
      figures.row(ratio.label(), Figures.duration(ratio.taksit().secondsPerOp()),
          Figures.duration(ratio.baseline().secondsPerOp()),
          Figures.perSecond(ratio.taksitOpsPerSecond()), allocation(ratio),
          throughputGoal(ratio));
    }
    StringBuilder out = new StringBuilder(ratios.markdown()).append('\n')
        .append(figures.markdown());
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
