package io.taksit.benchmarks.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Pairs each {@code taksitXxx} benchmark with the {@code baselineXxx} of the same class, mode,
 * thread count and parameters. The convention every benchmark class ({@code XxxBenchmark}) keeps:
 * a case is measured twice, once through Taksit and once as the floor it is compared with.
 */
public final class Pairing {

  static final String TAKSIT = "taksit";
  static final String BASELINE = "baseline";

  /** The pairs in the order their Taksit side first appears, and whatever found no partner. */
  public record Outcome(List<Ratio> ratios, List<BenchmarkResult> unpaired) {
    public Outcome {
      ratios = List.copyOf(ratios);
      unpaired = List.copyOf(unpaired);
    }
  }

  private record Key(String className, String caseName, String mode, int threads,
      Map<String, String> params) {}

  private Pairing() {}

  public static Outcome pair(List<BenchmarkResult> results) {
    Objects.requireNonNull(results, "results");
    Map<Key, BenchmarkResult> taksit = new LinkedHashMap<>();
    Map<Key, BenchmarkResult> baseline = new LinkedHashMap<>();
    List<BenchmarkResult> unpaired = new ArrayList<>();
    for (BenchmarkResult result : results) {
      String method = result.methodName();
      if (isCase(method, TAKSIT)) {
        putUnique(taksit, key(result, TAKSIT), result);
      } else if (isCase(method, BASELINE)) {
        putUnique(baseline, key(result, BASELINE), result);
      } else {
        unpaired.add(result);
      }
    }
    List<Ratio> ratios = new ArrayList<>();
    for (Map.Entry<Key, BenchmarkResult> entry : taksit.entrySet()) {
      BenchmarkResult partner = baseline.remove(entry.getKey());
      if (partner == null) {
        unpaired.add(entry.getValue());
      } else {
        ratios.add(new Ratio(label(entry.getKey()), entry.getValue().group(), entry.getValue(),
            partner));
      }
    }
    unpaired.addAll(baseline.values());
    return new Outcome(ratios, unpaired);
  }

  /** {@code taksitQuote} is a case of "taksit"; {@code taksitish} is not. */
  private static boolean isCase(String method, String prefix) {
    return method.length() > prefix.length() && method.startsWith(prefix)
        && Character.isUpperCase(method.charAt(prefix.length()));
  }

  private static Key key(BenchmarkResult result, String prefix) {
    String rest = result.methodName().substring(prefix.length());
    String caseName = rest.substring(0, 1).toLowerCase(Locale.ROOT) + rest.substring(1);
    return new Key(result.className(), caseName, result.mode(), result.threads(), result.params());
  }

  private static void putUnique(Map<Key, BenchmarkResult> side, Key key, BenchmarkResult result) {
    if (side.putIfAbsent(key, result) != null) {
      throw new IllegalArgumentException("the results hold " + result.benchmark()
          + " twice for the same mode, threads and parameters; report one run at a time");
    }
  }

  private static String label(Key key) {
    String simple = key.className().substring(key.className().lastIndexOf('.') + 1);
    String subject = simple.endsWith("Benchmark")
        ? simple.substring(0, simple.length() - "Benchmark".length()) : simple;
    String params = key.params().isEmpty() ? "" : key.params().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(", ", " [", "]"));
    return subject + "." + key.caseName() + params;
  }
}
