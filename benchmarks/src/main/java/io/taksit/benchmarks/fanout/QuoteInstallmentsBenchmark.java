package io.taksit.benchmarks.fanout;

import io.taksit.application.failure.Failure;
import io.taksit.application.port.in.QuoteInstallments;
import io.taksit.application.port.out.InstallmentGateway.InstallmentQuote;
import io.taksit.application.port.out.ReadOutcome;
import io.vavr.control.Either;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code QuoteInstallments} over two in-process providers that each take 50 ms to answer, against
 * one call to the slowest provider alone (the goal: at most 1.1× of it). Asked in
 * parallel, the quote should take about as long as the slowest provider, not the sum of both.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
// A fixed, pre-touched heap: first touches of fresh heap pages are slow in this VM (docs).
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@State(Scope.Benchmark)
public class QuoteInstallmentsBenchmark {

  private FanOutFixture fixture;

  @Setup
  public void setUp() {
    fixture = new FanOutFixture();
  }

  @TearDown
  public void tearDown() throws InterruptedException {
    fixture.close();
  }

  @Benchmark
  public Either<Failure, QuoteInstallments.Quotes> taksitFanOut() {
    return fixture.service.quote(fixture.command);
  }

  /** Both providers are equally slow; Teqpay is asked last, so it stands for the slowest. */
  @Benchmark
  public ReadOutcome<InstallmentQuote> baselineFanOut() {
    return fixture.teqpay.quote(fixture.request);
  }
}
