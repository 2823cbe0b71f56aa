package io.taksit.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScalingReportTest {

  private static String average(long stored, double millis) {
    return """
        {"benchmark":"io.taksit.benchmarks.endtoend.PayBillScalingBenchmark.payOverStoredPayments",
         "mode":"avgt","threads":1,"params":{"storedPayments":"%d"},
         "primaryMetric":{"score":%s,"scoreError":0.5,"scoreUnit":"ms/op"}}
        """.formatted(stored, millis);
  }

  @Test
  void eachStoreSizeIsARatioOfTheSmallestAndTheChartIsDrawn(@TempDir Path directory)
      throws Exception {
    List<ScalingReport.Point> points = ScalingReport.points(JmhJson.parse("["
        + String.join(",", average(100_000, 11.0), average(1_000, 10.0), average(1_000_000, 13.0))
        + "]"));

    assertThat(points).extracting(ScalingReport.Point::stored)
        .containsExactly(1_000L, 100_000L, 1_000_000L);
    String table = ScalingReport.markdown(points);
    assertThat(table).contains("| 1,000 | 10.00 ms | 0.50 ms | **1.00×** |",
        "| 100,000 | 11.00 ms | 0.50 ms | **1.10×** |",
        "| 1,000,000 | 13.00 ms | 0.50 ms | **1.30×** |");
    Path png = directory.resolve("scaling.png");
    ScalingReport.write(points, png);
    assertThat(Files.size(png)).isPositive();
  }

  @Test
  void aRunWithoutTheScalingBenchmarkIsRefused() {
    assertThatThrownBy(() -> ScalingReport.points(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
