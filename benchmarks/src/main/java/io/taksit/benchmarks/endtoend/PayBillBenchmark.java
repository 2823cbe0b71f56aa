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
 * The latency of one payment end to end, one thread: Taksit (inquire, quote the fee, PayBill, over
 * the chosen storage and the Momkn adapter) against the same three Momkn exchanges written by
 * hand against the same sandbox over HTTP. Each invocation takes a fresh generated account, so
 * PayBill is measured with the inquiry and quote a host makes before it. Taksit's time minus the
 * baseline's is the library's own time per payment (issue goal: at most 1 ms on PostgreSQL).
 *
 * <p>The baseline has no storage; it carries the {@code storage} parameter only so that each
 * storage's Taksit figure has a baseline measured in the same run.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 10)
@Measurement(iterations = 3, time = 5)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch",
    LoopbackServerFlags.NO_DELAY, LoopbackServerFlags.KEEP_IDLE_CONNECTIONS})
@State(Scope.Benchmark)
public class PayBillBenchmark {

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
