package io.taksit.benchmarks.domain;

import io.taksit.domain.error.FeeError;
import io.taksit.domain.fee.FeeQuote;
import io.taksit.domain.fee.FeeSchedule;
import io.taksit.domain.money.Currencies;
import io.taksit.domain.money.Money;
import io.vavr.control.Either;
import java.util.Currency;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link FeeSchedule#quote} against the same tiers, floors, caps, tax and rounding on
 * {@code long} minor units. The score is fee quotes per second on one thread.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
// A fixed, pre-touched heap: first touches of fresh heap pages are slow in this VM (docs).
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@State(Scope.Thread)
public class FeeScheduleBenchmark {

  private FeeSchedule schedule;
  private LongFeeSchedule baseline;
  private Money[] amounts;
  private long[] minorAmounts;
  private Currency currency;
  private int next;

  @Setup
  public void setUp() {
    schedule = DomainSamples.feeSchedule();
    baseline = LongFeeSchedule.of(schedule);
    currency = Currencies.TRY;
    minorAmounts = DomainSamples.feeAmounts();
    amounts = new Money[minorAmounts.length];
    for (int i = 0; i < amounts.length; i++) {
      amounts[i] = Money.ofMinor(minorAmounts[i], currency);
    }
  }

  @Benchmark
  public Either<FeeError, FeeQuote> taksitQuote() {
    return schedule.quote(amounts[next++ & DomainSamples.MASK]);
  }

  @Benchmark
  public LongFeeSchedule.Quote baselineQuote() {
    return baseline.quote(minorAmounts[next++ & DomainSamples.MASK], currency);
  }
}
