package io.taksit.benchmarks.fanout;

import io.taksit.application.failure.Failure;
import io.taksit.application.port.in.QuoteInstallments;
import io.taksit.application.port.out.InstallmentGateway.InstallmentQuote;
import io.taksit.application.port.out.ReadOutcome;
import io.vavr.control.Either;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
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
 * A diagnosis, not a goal: the same {@code QuoteInstallments} against the barest parallel call of
 * the same two providers on the same kind of executor (two {@code supplyAsync}, one
 * {@code allOf().get()}; no validation, no timeout, no merge). What the bare fan-out costs over
 * the slowest provider alone is the threads' hand-off on this machine; what Taksit costs over
 * the bare fan-out is its own work.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
// A fixed, pre-touched heap: first touches of fresh heap pages are slow in this VM (docs).
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@State(Scope.Benchmark)
public class FanOutFloorBenchmark {

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

  @Benchmark
  public Object baselineFanOut() throws InterruptedException, ExecutionException {
    CompletableFuture<ReadOutcome<InstallmentQuote>> paywall =
        CompletableFuture.supplyAsync(() -> fixture.paywall.quote(fixture.request),
            fixture.executor);
    CompletableFuture<ReadOutcome<InstallmentQuote>> teqpay =
        CompletableFuture.supplyAsync(() -> fixture.teqpay.quote(fixture.request),
            fixture.executor);
    CompletableFuture.allOf(paywall, teqpay).get();
    return new Object[] {paywall.getNow(null), teqpay.getNow(null)};
  }
}
