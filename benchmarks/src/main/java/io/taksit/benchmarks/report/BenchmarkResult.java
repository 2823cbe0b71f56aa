package io.taksit.benchmarks.report;

import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One row of JMH's JSON result: a benchmark method, how it was measured, and its score with the
 * half-width of its 99.9 % confidence interval (NaN when JMH could not compute one).
 *
 * @param benchmark     the method's full name, {@code io.taksit.benchmarks.domain.FeeScheduleBenchmark.taksitQuote}
 * @param mode          JMH's short mode name: {@code thrpt}, {@code avgt}, {@code sample}, {@code ss}
 * @param threads       benchmark threads
 * @param params        the {@code @Param} values, empty when none
 * @param score         the primary score
 * @param scoreError    the 99.9 % half-width, or NaN
 * @param unit          the score's unit, {@code ops/s} or {@code ms/op}
 * @param bytesPerOp    bytes allocated per operation, when run with {@code -prof gc}
 */
public record BenchmarkResult(String benchmark, String mode, int threads, Map<String, String> params,
    double score, double scoreError, String unit, OptionalDouble bytesPerOp) {

  public BenchmarkResult {
    Objects.requireNonNull(benchmark, "benchmark");
    Objects.requireNonNull(mode, "mode");
    params = Map.copyOf(params);
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(bytesPerOp, "bytesPerOp");
  }

  /** {@code io.taksit.benchmarks.domain.FeeScheduleBenchmark}. */
  public String className() {
    return benchmark.substring(0, benchmark.lastIndexOf('.'));
  }

  /** {@code taksitQuote}. */
  public String methodName() {
    return benchmark.substring(benchmark.lastIndexOf('.') + 1);
  }

  /** {@code FeeScheduleBenchmark}. */
  public String simpleClassName() {
    String className = className();
    return className.substring(className.lastIndexOf('.') + 1);
  }

  /**
   * The family of goals the benchmark belongs to: its package below {@code io.taksit.benchmarks}
   * ({@code domain}, {@code fanout}).
   */
  public String group() {
    String className = className();
    int lastDot = className.lastIndexOf('.');
    String pkg = lastDot < 0 ? "" : className.substring(0, lastDot);
    return pkg.substring(pkg.lastIndexOf('.') + 1);
  }

  /** Whether a higher score is better (throughput) rather than worse (time per operation). */
  public boolean isThroughput() {
    return Units.isThroughput(unit);
  }

  /** Seconds per operation, the score as a cost whatever the mode. */
  public double secondsPerOp() {
    return Units.secondsPerOp(score, unit);
  }

  /**
   * The cost interval in seconds per operation from the score's confidence interval:
   * {@code [low, high]}; NaN bounds when JMH gave no error, an infinite high bound when the
   * throughput interval reaches zero.
   */
  public double[] secondsPerOpInterval() {
    if (Double.isNaN(scoreError)) {
      return new double[] {Double.NaN, Double.NaN};
    }
    double a = Units.secondsPerOp(score - scoreError, unit);
    double b = Units.secondsPerOp(score + scoreError, unit);
    if (isThroughput() && score - scoreError <= 0) {
      return new double[] {b, Double.POSITIVE_INFINITY};
    }
    return new double[] {Math.min(a, b), Math.max(a, b)};
  }
}
