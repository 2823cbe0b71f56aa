package io.taksit.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/** Reads the file JMH writes with {@code -rf json -rff FILE}. */
public final class JmhJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** The {@code -prof gc} metric; older JMH versions prefix it with a middle dot. */
  private static final String ALLOCATION = "gc.alloc.rate.norm";

  private JmhJson() {}

  /** Every benchmark result in the file, in the file's order. */
  public static List<BenchmarkResult> read(Path file) {
    try {
      return parse(MAPPER.readTree(file.toFile()));
    } catch (IOException unreadable) {
      throw new UncheckedIOException("cannot read the JMH result " + file, unreadable);
    }
  }

  /** Every benchmark result in a JSON text, in its order. */
  public static List<BenchmarkResult> parse(String json) {
    try {
      return parse(MAPPER.readTree(json));
    } catch (IOException unreadable) {
      throw new UncheckedIOException("not a JMH JSON result", unreadable);
    }
  }

  private static List<BenchmarkResult> parse(JsonNode root) {
    if (root == null || !root.isArray()) {
      throw new IllegalArgumentException("a JMH JSON result is an array of benchmark results");
    }
    List<BenchmarkResult> results = new ArrayList<>();
    for (JsonNode node : root) {
      JsonNode primary = node.path("primaryMetric");
      Map<String, String> params = new LinkedHashMap<>();
      Iterator<Map.Entry<String, JsonNode>> fields = node.path("params").fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        params.put(field.getKey(), field.getValue().asText());
      }
      results.add(new BenchmarkResult(required(node, "benchmark").asText(),
          required(node, "mode").asText(), node.path("threads").asInt(1), params,
          number(required(primary, "score")), number(primary.path("scoreError")),
          required(primary, "scoreUnit").asText(), allocation(node.path("secondaryMetrics"))));
    }
    return results;
  }

  private static JsonNode required(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new IllegalArgumentException("a JMH result lacks \"" + field + "\": " + node);
    }
    return value;
  }

  /** JMH writes NaN and infinities as strings. */
  private static double number(JsonNode value) {
    if (value.isNumber()) {
      return value.asDouble();
    }
    if (value.isTextual()) {
      try {
        return Double.parseDouble(value.asText());
      } catch (NumberFormatException notANumber) {
        return Double.NaN;
      }
    }
    return Double.NaN;
  }

  private static OptionalDouble allocation(JsonNode secondary) {
    Iterator<Map.Entry<String, JsonNode>> metrics = secondary.fields();
    while (metrics.hasNext()) {
      Map.Entry<String, JsonNode> metric = metrics.next();
      if (metric.getKey().replace("\u00b7", "").equals(ALLOCATION)) {
        double bytes = number(metric.getValue().path("score"));
        return Double.isNaN(bytes) ? OptionalDouble.empty() : OptionalDouble.of(bytes);
      }
    }
    return OptionalDouble.empty();
  }
}
