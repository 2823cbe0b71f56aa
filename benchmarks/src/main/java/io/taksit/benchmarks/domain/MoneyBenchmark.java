package io.taksit.benchmarks.domain;

import io.taksit.domain.error.MoneyError;
import io.taksit.domain.money.Currencies;
import io.taksit.domain.money.Money;
import io.vavr.collection.List;
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
import org.openjdk.jmh.annotations.Warmup;

/** {@code Money.allocate(12)}, a 12-installment schedule, against the same split on longs. */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
// A fixed, pre-touched heap: first touches of fresh heap pages are slow in this VM (docs).
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@State(Scope.Thread)
public class MoneyBenchmark {

  private static final int INSTALLMENTS = 12;

  private Money[] amounts;
  private long[] minorAmounts;
  private int next;

  @Setup
  public void setUp() {
    minorAmounts = DomainSamples.allocationAmounts();
    amounts = new Money[minorAmounts.length];
    for (int i = 0; i < amounts.length; i++) {
      amounts[i] = Money.ofMinor(minorAmounts[i], Currencies.TRY);
    }
  }

  @Benchmark
  public Either<MoneyError, List<Money>> taksitAllocate12() {
    return amounts[next++ & DomainSamples.MASK].allocate(INSTALLMENTS);
  }

  @Benchmark
  public long[] baselineAllocate12() {
    return LongAllocation.allocate(minorAmounts[next++ & DomainSamples.MASK], INSTALLMENTS);
  }
}
