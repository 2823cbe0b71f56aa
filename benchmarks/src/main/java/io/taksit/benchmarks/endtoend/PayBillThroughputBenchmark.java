package io.taksit.benchmarks.endtoend;

import io.taksit.benchmarks.loopback.LoopbackServerFlags;
import io.taksit.domain.payment.Payment;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Payments per second on two threads, end to end: the workload of {@link PayBillBenchmark}
 * (inquire, quote the fee, PayBill per fresh generated account, over the chosen storage and the
 * Momkn adapter against the sandbox over HTTP) against the same three exchanges by hand. Issue
 * goal: at least 500 payments/s on PostgreSQL. JMH's throughput score is the sum over both
 * threads.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 10)
@Measurement(iterations = 3, time = 5)
@Threads(2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch",
    LoopbackServerFlags.NO_DELAY, LoopbackServerFlags.KEEP_IDLE_CONNECTIONS})
@State(Scope.Benchmark)
public class PayBillThroughputBenchmark {

  @Param({"memory", "h2", "postgresql"})
  public String storage;

  private PayBillFixture fixture;

  @Setup
  public void setUp(BenchmarkParams run) {
    fixture = run.getBenchmark().endsWith(".baselinePayment")
        ? PayBillFixture.handWritten() : PayBillFixture.taksit(storage);
  }

  @TearDown
  public void tearDown() {
    fixture.close();
  }

  @Benchmark
  public Payment taksitPayment() {
    return fixture.payThroughTaksit();
  }

  @Benchmark
  public Object baselinePayment() throws IOException, InterruptedException {
    return fixture.payByHand();
  }
}
