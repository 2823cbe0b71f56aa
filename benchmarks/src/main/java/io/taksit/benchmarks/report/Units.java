package io.taksit.benchmarks.report;

/** JMH's score units, turned into one cost unit (seconds per operation) so pairs compare. */
final class Units {

  private Units() {}

  static boolean isThroughput(String unit) {
    return unit.startsWith("ops/");
  }

  /**
   * The score as seconds per operation: {@code 2 ms/op} is 0.002, {@code 500 ops/s} is 0.002.
   *
   * @throws IllegalArgumentException for a unit JMH does not write
   */
  static double secondsPerOp(double score, String unit) {
    if (isThroughput(unit)) {
      return 1.0 / (score / seconds(unit.substring("ops/".length()), unit));
    }
    if (unit.endsWith("/op")) {
      return score * seconds(unit.substring(0, unit.length() - "/op".length()), unit);
    }
    throw new IllegalArgumentException("not a JMH score unit: " + unit);
  }

  private static double seconds(String timeUnit, String unit) {
    return switch (timeUnit) {
      case "ns" -> 1e-9;
      case "us" -> 1e-6;
      case "ms" -> 1e-3;
      case "s" -> 1.0;
      case "min" -> 60.0;
      case "hr" -> 3600.0;
      case "day" -> 86_400.0;
      default -> throw new IllegalArgumentException("not a JMH score unit: " + unit);
    };
  }
}
