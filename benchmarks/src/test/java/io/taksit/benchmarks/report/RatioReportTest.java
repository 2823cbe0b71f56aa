package io.taksit.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RatioReportTest {

  private static final String DOMAIN = "io.taksit.benchmarks.domain.FeeScheduleBenchmark.";
  private static final String FANOUT = "io.taksit.benchmarks.fanout.QuoteInstallmentsBenchmark.";

  private static String result(String benchmark, String mode, double score, String error,
      String unit, String params, String secondary) {
    return """
        {"jmhVersion":"1.37","benchmark":"%s","mode":"%s","threads":1,"forks":1,
         "jdkVersion":"17.0.15","vmName":"OpenJDK 64-Bit Server VM",
         "warmupIterations":3,"warmupTime":"1 s","measurementIterations":5,
         "measurementTime":"1 s",%s
         "primaryMetric":{"score":%s,"scoreError":%s,"scoreConfidence":[0,0],
           "scoreUnit":"%s","rawData":[[1.0]]},
         "secondaryMetrics":{%s}}
        """.formatted(benchmark, mode, params, score, error, unit, secondary);
  }

  private static final String RUN = "[" + String.join(",",
      result(DOMAIN + "taksitQuote", "thrpt", 500_000, "10000", "ops/s", "",
          "\"gc.alloc.rate.norm\":{\"score\":1200.0,\"scoreError\":\"NaN\",\"scoreUnit\":\"B/op\"}"),
      result(DOMAIN + "baselineQuote", "thrpt", 50_000_000, "1000000", "ops/s", "",
          "\"gc.alloc.rate.norm\":{\"score\":40.0,\"scoreError\":\"NaN\",\"scoreUnit\":\"B/op\"}"),
      result(FANOUT + "taksitFanOut", "sample", 52.0, "0.5", "ms/op", "", ""),
      result(FANOUT + "baselineFanOut", "sample", 50.0, "0.1", "ms/op", "", ""),
      result(DOMAIN + "taksitLonely", "thrpt", 1, "\"NaN\"", "ops/s", "", ""),
      result(DOMAIN + "somethingElse", "thrpt", 1, "\"NaN\"", "ops/s", "", "")) + "]";

  @Test
  void pairsEachTaksitBenchmarkWithTheBaselineOfItsClassAndCase() {
    Pairing.Outcome outcome = Pairing.pair(JmhJson.parse(RUN));

    assertThat(outcome.ratios()).extracting(Ratio::label)
        .containsExactly("FeeSchedule.quote", "QuoteInstallments.fanOut");
    assertThat(outcome.ratios()).extracting(Ratio::group).containsExactly("domain", "fanout");
    assertThat(outcome.unpaired()).extracting(BenchmarkResult::methodName)
        .containsExactlyInAnyOrder("taksitLonely", "somethingElse");
  }

  @Test
  void theRatioIsTaksitsCostOverTheBaselinesInEveryMode() {
    List<Ratio> ratios = Pairing.pair(JmhJson.parse(RUN)).ratios();

    // Throughput: 50 M baseline ops/s over 0.5 M Taksit ops/s is 100 times the cost.
    Ratio fee = ratios.get(0);
    assertThat(fee.value()).isCloseTo(100.0, within(1e-9));
    assertThat(fee.range()[0]).isCloseTo(49_000_000.0 / 510_000, within(1e-6));
    assertThat(fee.range()[1]).isCloseTo(51_000_000.0 / 490_000, within(1e-6));
    assertThat(fee.goalMet()).contains(false);
    assertThat(fee.taksitOpsPerSecond()).isCloseTo(500_000, within(1e-6));
    assertThat(fee.minOpsPerSecond().getAsDouble()).isEqualTo(1_000_000.0);
    assertThat(fee.taksit().bytesPerOp().getAsDouble()).isEqualTo(1200.0);

    // Time: 52 ms over 50 ms.
    Ratio fanOut = ratios.get(1);
    assertThat(fanOut.value()).isCloseTo(1.04, within(1e-9));
    assertThat(fanOut.range()[0]).isCloseTo(51.5 / 50.1, within(1e-9));
    assertThat(fanOut.range()[1]).isCloseTo(52.5 / 49.9, within(1e-9));
    assertThat(fanOut.goalMet()).contains(true);
    assertThat(fanOut.straddlesGoal()).isFalse();
  }

  @Test
  void pairsOnlyTheSameModeThreadsAndParameters() {
    String run = "[" + String.join(",",
        result(DOMAIN + "taksitQuote", "thrpt", 2, "0.1", "ops/s", "\"params\":{\"n\":\"1\"},", ""),
        result(DOMAIN + "baselineQuote", "thrpt", 4, "0.1", "ops/s", "\"params\":{\"n\":\"2\"},", ""),
        result(DOMAIN + "baselineQuote", "thrpt", 8, "0.1", "ops/s", "\"params\":{\"n\":\"1\"},", ""),
        result(DOMAIN + "taksitQuote", "avgt", 2, "0.1", "us/op", "\"params\":{\"n\":\"1\"},", ""))
        + "]";

    Pairing.Outcome outcome = Pairing.pair(JmhJson.parse(run));

    assertThat(outcome.ratios()).singleElement().satisfies(ratio -> {
      assertThat(ratio.label()).isEqualTo("FeeSchedule.quote [n=1]");
      assertThat(ratio.value()).isCloseTo(4.0, within(1e-9));
    });
    assertThat(outcome.unpaired()).hasSize(2);
  }

  @Test
  void aDiagnosisPairIsReportedWithoutItsGroupsGoal() {
    String floor = "io.taksit.benchmarks.fanout.FanOutFloorBenchmark.";
    String run = "[" + String.join(",",
        result(floor + "taksitFanOut", "sample", 56, "0.5", "ms/op", "", ""),
        result(floor + "baselineFanOut", "sample", 53, "0.5", "ms/op", "", "")) + "]";

    Pairing.Outcome outcome = Pairing.pair(JmhJson.parse(run));

    assertThat(outcome.ratios().get(0).goal()).isEmpty();
    assertThat(MarkdownTable.render(outcome))
        .contains("| — | diagnosis: Taksit's fan-out over a bare parallel call |");
  }

  @Test
  void convertsUnitsSoPairsInDifferentUnitsStillCompare() {
    assertThat(Units.secondsPerOp(2, "ms/op")).isCloseTo(0.002, within(1e-15));
    assertThat(Units.secondsPerOp(500, "ops/s")).isCloseTo(0.002, within(1e-15));
    assertThat(Units.secondsPerOp(2, "ops/us")).isCloseTo(5e-7, within(1e-18));
    assertThat(Units.secondsPerOp(8, "ns/op")).isCloseTo(8e-9, within(1e-21));
    assertThatThrownBy(() -> Units.secondsPerOp(1, "B/op"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aRunWithoutErrorsGivesNoRangeAndStillARatio() {
    String run = "[" + String.join(",",
        result(DOMAIN + "taksitQuote", "ss", 3, "\"NaN\"", "us/op", "", ""),
        result(DOMAIN + "baselineQuote", "ss", 1, "\"NaN\"", "us/op", "", "")) + "]";

    Ratio ratio = Pairing.pair(JmhJson.parse(run)).ratios().get(0);

    assertThat(ratio.value()).isCloseTo(3.0, within(1e-9));
    assertThat(ratio.range()[0]).isNaN();
    assertThat(ratio.straddlesGoal()).isFalse();
  }

  @Test
  void theMarkdownNamesRatiosGoalsVerdictsAndTheUnpaired() {
    String markdown = MarkdownTable.render(Pairing.pair(JmhJson.parse(RUN)));

    assertThat(markdown)
        .contains("| FeeSchedule.quote | thrpt | 500,000 ± 10,000 ops/s | 50,000,000 ± 1,000,000 ops/s | **100×**")
        .contains("| ≤ 3× | **missed** |")
        .contains("| QuoteInstallments.fanOut | sample | 52.00 ± 0.500 ms/op | 50.00 ± 0.100 ms/op | **1.04×**")
        .contains("| ≤ 1.1× | met |")
        .contains("| FeeSchedule.quote | 2.00 µs | 20.00 ns | 500,000/s | 1,200 B / 40 B | ≥ 1,000,000/s: **missed** |")
        .contains("`io.taksit.benchmarks.domain.FeeScheduleBenchmark.taksitLonely` (thrpt)");
  }

  @Test
  void writesAPngChartWithoutADisplay(@TempDir Path dir) throws Exception {
    System.setProperty("java.awt.headless", "true");
    Path png = dir.resolve("charts/ratios.png");

    RatioChart.write(Pairing.pair(JmhJson.parse(RUN)).ratios(), "test run", png);

    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(1100);
    assertThat(image.getHeight()).isGreaterThan(200);
    assertThat(Files.size(png)).isGreaterThan(1000);
  }

  @Test
  void goalsAndTicksDropNeedlessZeros() {
    assertThat(Figures.goal(3.0)).isEqualTo("3×");
    assertThat(Figures.goal(1.1)).isEqualTo("1.1×");
    assertThat(Figures.goal(0.5)).isEqualTo("0.5×");
    assertThat(Figures.goal(1000)).isEqualTo("1000×");
  }

  @Test
  void refusesBadArguments() {
    assertThatThrownBy(() -> RatioReport.Arguments.parse(new String[] {"--chart"}))
        .hasMessageContaining("--chart needs a value");
    assertThatThrownBy(() -> RatioReport.Arguments.parse(new String[] {"--chart", "x.png"}))
        .hasMessageContaining("at least one JMH JSON");
    assertThatThrownBy(() -> RatioReport.Arguments.parse(new String[] {"a.json", "--bogus"}))
        .hasMessageContaining("unknown option --bogus");
  }
}
