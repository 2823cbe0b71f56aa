package io.taksit.benchmarks.domain;

import io.taksit.domain.error.InstallmentError;
import io.taksit.domain.installment.InstallmentOffers;
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

/**
 * {@link InstallmentOffers#merge} of two providers' 12 plans each for one purchase, against the
 * same cheapest-per-count merge on plans held as longs.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
// A fixed, pre-touched heap: first touches of fresh heap pages are slow in this VM (docs).
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@State(Scope.Thread)
public class InstallmentOffersBenchmark {

  /** Purchases cycled through; each pair holds 24 plans with their schedules. */
  private static final int PAIRS = 256;

  private InstallmentOffers[][] offers;
  private LongOffers[][] baselineOffers;
  private int next;

  @Setup
  public void setUp() {
    offers = DomainSamples.offerPairs(PAIRS);
    baselineOffers = new LongOffers[PAIRS][];
    for (int i = 0; i < PAIRS; i++) {
      baselineOffers[i] = new LongOffers[] {
          LongOffers.of(offers[i][0], DomainSamples.providers(), DomainSamples.channels()),
          LongOffers.of(offers[i][1], DomainSamples.providers(), DomainSamples.channels())};
    }
  }

  @Benchmark
  public Either<InstallmentError, InstallmentOffers> taksitMerge() {
    InstallmentOffers[] pair = offers[next++ & (PAIRS - 1)];
    return pair[0].merge(pair[1]);
  }

  @Benchmark
  public LongOffers baselineMerge() {
    LongOffers[] pair = baselineOffers[next++ & (PAIRS - 1)];
    return pair[0].merge(pair[1]);
  }
}
