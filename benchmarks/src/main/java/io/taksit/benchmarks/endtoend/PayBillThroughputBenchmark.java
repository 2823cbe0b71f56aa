package io.taksit.benchmarks.endtoend;

import io.taksit.benchmarks.loopback.LoopbackServerFlags;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
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
 *
 * <p>A payment that does not succeed is counted, not thrown: a load test that dies at its first
 * failed payment measures nothing. The {@code failed} secondary result is the rate of payments
 * (or inquiries, quotes) that did not end SUCCEEDED; payments/s that succeeded is the score minus
 * it. The single-thread {@link PayBillBenchmark} still stops at the first failure.
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

  /** What did not succeed, per thread; JMH sums the threads and reports it as a rate. */
  @AuxCounters(AuxCounters.Type.EVENTS)
  @State(Scope.Thread)
  public static class Failures {
    public long failed;

    @Setup(Level.Iteration)
    public void reset() {
      failed = 0;
    }

    /** Counts one; the first of each iteration and thread is printed, to say what went wrong. */
    void count(Exception failure) {
      if (failed++ == 0) {
        System.err.println("first failure of this iteration: " + failure.getMessage());
      }
    }
  }

  @Benchmark
  public Object taksitPayment(Failures failures) {
    try {
      return fixture.payThroughTaksit();
    } catch (IllegalStateException notSucceeded) {
      failures.count(notSucceeded);
      return notSucceeded;
    }
  }

  @Benchmark
  public Object baselinePayment(Failures failures) throws InterruptedException {
    try {
      return fixture.payByHand();
    } catch (IOException | RuntimeException failed) {
      failures.count(failed);
      return failed;
    }
  }
}
