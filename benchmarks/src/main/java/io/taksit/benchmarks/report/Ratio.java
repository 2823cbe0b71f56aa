package io.taksit.benchmarks.report;

import io.taksit.benchmarks.report.Goals.Goal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A Taksit benchmark beside its baseline from the same run. The ratio is Taksit's cost per
 * operation over the baseline's (for throughput: the baseline's score over Taksit's), so 1 means
 * "as cheap as the baseline" and 3 "three times the baseline's cost", whatever the mode.
 *
 * @param label    {@code FeeSchedule.quote}: the class without "Benchmark", the case without prefix
 * @param group    the benchmark package below {@code io.taksit.benchmarks}
 * @param taksit   the {@code taksit...} method's result
 * @param baseline the {@code baseline...} method's result
 */
public record Ratio(String label, String group, BenchmarkResult taksit, BenchmarkResult baseline) {

  public Ratio {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(taksit, "taksit");
    Objects.requireNonNull(baseline, "baseline");
  }

  /** Taksit's cost ÷ the baseline's cost. */
  public double value() {
    return taksit.secondsPerOp() / baseline.secondsPerOp();
  }

  /**
   * The ratio's range when both scores lie anywhere in their 99.9 % intervals: {@code [low,
   * high]}, NaN when JMH gave no interval.
   */
  public double[] range() {
    double[] t = taksit.secondsPerOpInterval();
    double[] b = baseline.secondsPerOpInterval();
    return new double[] {t[0] / b[1], t[1] / b[0]};
  }

  public Optional<Goal> goal() {
    return Goals.forPair(label, group);
  }

  /** Met when the ratio is at most the goal; empty without a goal. */
  public Optional<Boolean> goalMet() {
    return goal().map(g -> value() <= g.maxRatio());
  }

  /** True when the goal lies inside the ratio's range, so the verdict could flip on a rerun. */
  public boolean straddlesGoal() {
    double[] range = range();
    return goal().map(g -> range[0] <= g.maxRatio() && g.maxRatio() <= range[1]).orElse(false);
  }

  /** Taksit's operations per second (for a time mode, one over its mean time). */
  public double taksitOpsPerSecond() {
    return 1.0 / taksit.secondsPerOp();
  }

  /** The absolute throughput floor for this pair, if a goal sets one. */
  public OptionalDouble minOpsPerSecond() {
    return Goals.minOpsPerSecond(label);
  }
}
