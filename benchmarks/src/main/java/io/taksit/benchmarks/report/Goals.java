package io.taksit.benchmarks.report;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The goals of the benchmark issue, by benchmark package. A new family of benchmarks (adapter
 * overhead in {@code io.taksit.benchmarks.adapters}, end to end in {@code ...endtoend}) adds its
 * goal here when it is measured.
 */
public final class Goals {

  /** A ceiling on the cost ratio Taksit ÷ baseline, and what it means in words. */
  public record Goal(double maxRatio, String meaning) {}

  private static final Map<String, Goal> BY_GROUP = Map.of(
      "domain", new Goal(3.0, "within 3× of the hand-written long baseline"),
      "fanout", new Goal(1.1, "at most 1.1× the slowest provider alone"),
      "adapter", new Goal(1.15, "p50 and p99 within 1.15× the hand-written HttpClient + Jackson"));

  /** Why the end-to-end pairs have no ratio goal: their goals are absolute. */
  private static final String END_TO_END =
      "no ratio goal: library time and payments/s are absolute goals";

  /**
   * Pairs measured to explain another pair's figure, not to meet a goal: their group's goal does
   * not apply to them.
   */
  private static final Map<String, String> DIAGNOSES = Map.of(
      "FanOutFloor.fanOut", "diagnosis: Taksit's fan-out over a bare parallel call",
      "PayBill.payment [storage=memory]", END_TO_END,
      "PayBill.payment [storage=h2]", END_TO_END,
      "PayBill.payment [storage=postgresql]", END_TO_END,
      "PayBillThroughput.payment [storage=memory]", END_TO_END,
      "PayBillThroughput.payment [storage=h2]", END_TO_END,
      "PayBillThroughput.payment [storage=postgresql]", END_TO_END);

  /** Floors on Taksit's own throughput, in operations per second, by pair label. */
  private static final Map<String, Double> MIN_OPS_PER_SECOND = Map.of(
      "FeeSchedule.quote", 1_000_000.0,
      "PayBillThroughput.payment [storage=postgresql]", 500.0);

  /**
   * Ceilings on Taksit's own time per operation (Taksit's mean time minus its baseline's, the
   * baseline being the same provider exchanges by hand), in seconds, by pair label.
   */
  private static final Map<String, Double> MAX_OVERHEAD_SECONDS = Map.of(
      "PayBill.payment [storage=postgresql]", 0.001);

  private Goals() {}

  /** The ratio goal of a benchmark group, if it has one. */
  public static Optional<Goal> forGroup(String group) {
    return Optional.ofNullable(BY_GROUP.get(group));
  }

  /** The ratio goal of one pair: its group's, unless the pair is a diagnosis. */
  public static Optional<Goal> forPair(String label, String group) {
    return DIAGNOSES.containsKey(label) ? Optional.empty() : forGroup(group);
  }

  /** Why a pair has no goal: a diagnosis, or a group whose goal is not set yet. */
  public static String withoutGoal(String label) {
    return DIAGNOSES.getOrDefault(label, "no goal yet");
  }

  /** The least operations per second Taksit must reach for this pair, if a goal says so. */
  public static OptionalDouble minOpsPerSecond(String label) {
    Double floor = MIN_OPS_PER_SECOND.get(label);
    return floor == null ? OptionalDouble.empty() : OptionalDouble.of(floor);
  }

  /** The most time Taksit may add to its baseline for this pair, if a goal says so. */
  public static OptionalDouble maxOverheadSeconds(String label) {
    Double ceiling = MAX_OVERHEAD_SECONDS.get(label);
    return ceiling == null ? OptionalDouble.empty() : OptionalDouble.of(ceiling);
  }
}
