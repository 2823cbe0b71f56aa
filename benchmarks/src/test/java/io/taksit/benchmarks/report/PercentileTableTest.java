package io.taksit.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class PercentileTableTest {

  private static final String ADAPTER = "io.taksit.benchmarks.adapter.PaywallInquiryBenchmark.";
  private static final String END_TO_END = "io.taksit.benchmarks.endtoend.PayBillBenchmark.";

  private static String sample(String benchmark, double mean, double p50, double p99,
      String params) {
    return """
        {"benchmark":"%s","mode":"sample","threads":1,%s
         "primaryMetric":{"score":%s,"scoreError":1.0,"scoreUnit":"us/op",
           "scorePercentiles":{"0.0":1.0,"50.0":%s,"90.0":%s,"99.0":%s,"100.0":%s}}}
        """.formatted(benchmark, params, mean, p50, p99, p99, p99 * 2);
  }

  private static final String PG = "\"params\":{\"storage\":\"postgresql\"},";

  private static final String RUN = "[" + String.join(",",
      sample(ADAPTER + "taksitInquiry", 230, 220, 400, ""),
      sample(ADAPTER + "baselineInquiry", 200, 200, 320, ""),
      sample(END_TO_END + "taksitPayment", 1800, 1700, 3000, PG),
      sample(END_TO_END + "baselinePayment", 1000, 950, 2000, PG)) + "]";

  @Test
  void givesP50AndP99RatiosAndTaksitsOwnTimeAgainstTheGoals() throws Exception {
    List<Ratio> ratios = Pairing.pair(JmhJson.parse(RUN)).ratios();
    var percentiles = PercentileTable.read(new ObjectMapper().readTree(RUN));

    String table = PercentileTable.render(ratios, percentiles);

    // 220 / 200 = 1.10 meets 1.15; 400 / 320 = 1.25 misses it.
    assertThat(table).contains("| PaywallInquiry.inquiry | 220.0 µs | 200.0 µs | **1.10×** "
        + "| 400.0 µs | 320.0 µs | **1.25×** | 30.00 µs / 20.00 µs | p50 and p99 ≤ 1.15× "
        + "| p50 met, p99 **missed** |");
    // 1.8 ms − 1.0 ms = 0.8 ms of Taksit's own time per payment: within 1 ms.
    assertThat(table).contains("| PayBill.payment [storage=postgresql] | 1.70 ms | 950.0 µs "
        + "| **1.79×** | 3.00 ms | 2.00 ms | **1.50×** | 800.0 µs / 750.0 µs "
        + "| Taksit − baseline ≤ 1.00 ms | met |");
  }

  @Test
  void isEmptyWithoutSampledPairs() throws Exception {
    String run = RUN.replace("\"sample\"", "\"avgt\"");
    assertThat(PercentileTable.render(Pairing.pair(JmhJson.parse(run)).ratios(),
        PercentileTable.read(new ObjectMapper().readTree(run)))).isEmpty();
  }
}
