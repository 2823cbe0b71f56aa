package io.taksit.benchmarks.endtoend;

import io.taksit.benchmarks.loopback.LoopbackServerFlags;
import io.taksit.domain.payment.Payment;
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

/**
 * Whether a payment costs the same as payments pile up (issue 14): the PayBill path of
 * {@link PayBillBenchmark} (inquire, quote the fee, pay; Momkn adapter; sandbox over HTTP) on
 * PostgreSQL already holding {@code storedPayments} settled payments, loaded in bulk before the
 * first iteration. The goal is the per-payment time at 100,000 within 1.1× of the time at 1,000;
 * the documentation also runs {@code -p storedPayments=1000000}.
 *
 * <p>Warm-up iterations are 10 s, long enough on two cores that the last two agree within 5 %
 * (the report checks it); each fork loads its own database, so every parameter starts alike.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 10)
@Measurement(iterations = 3, time = 5)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch",
    LoopbackServerFlags.NO_DELAY, LoopbackServerFlags.KEEP_IDLE_CONNECTIONS})
@State(Scope.Benchmark)
public class PayBillScalingBenchmark {

  @Param({"1000", "100000"})
  public int storedPayments;

  private PayBillFixture fixture;

  @Setup
  public void setUp() {
    fixture = PayBillFixture.taksitOverStoredPayments(storedPayments);
  }

  @TearDown
  public void tearDown() {
    fixture.close();
  }

  @Benchmark
  public Payment payOverStoredPayments() {
    return fixture.payThroughTaksit();
  }
}
