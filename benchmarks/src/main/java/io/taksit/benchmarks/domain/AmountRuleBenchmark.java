package io.taksit.benchmarks.domain;

import io.taksit.domain.amount.AmountRule;
import io.taksit.domain.error.AmountError;
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
 * {@link AmountRule#check} over a mix of allowed, off-step, too small and too large amounts,
 * against the same checks and nearest-allowed suggestions on {@code long} minor units.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
// A fixed, pre-touched heap: first touches of fresh heap pages are slow in this VM (docs).
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@State(Scope.Thread)
public class AmountRuleBenchmark {

  private AmountRule rule;
  private LongAmountRule baseline;
  private Money[] amounts;
  private long[] minorAmounts;
  private Currency currency;
  private int next;

  @Setup
  public void setUp() {
    rule = DomainSamples.amountRule();
    baseline = LongAmountRule.of(rule);
    currency = Currencies.EGP;
    minorAmounts = DomainSamples.ruleAmounts();
    amounts = new Money[minorAmounts.length];
    for (int i = 0; i < amounts.length; i++) {
      amounts[i] = Money.ofMinor(minorAmounts[i], currency);
    }
  }

  @Benchmark
  public Either<AmountError, Money> taksitCheck() {
    return rule.check(amounts[next++ & DomainSamples.MASK]);
  }

  @Benchmark
  public LongAmountRule.Check baselineCheck() {
    return baseline.check(minorAmounts[next++ & DomainSamples.MASK], currency);
  }
}
