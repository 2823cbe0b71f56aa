package io.taksit.benchmarks.fanout;

import static org.assertj.core.api.Assertions.assertThat;

import io.taksit.application.failure.Failure;
import io.taksit.application.port.in.QuoteInstallments;
import io.taksit.domain.provider.ProviderId;
import io.vavr.control.Either;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fan-out benchmarks measure a real quote: both providers answer and both are kept. */
class FanOutFixtureTest {

  private FanOutFixture fixture;

  @BeforeEach
  void setUp() {
    fixture = new FanOutFixture();
  }

  @AfterEach
  void tearDown() throws InterruptedException {
    fixture.close();
  }

  @Test
  void theQuoteAsksBothProvidersInParallelAndKeepsPlansOfEach() {
    long start = System.nanoTime();
    Either<Failure, QuoteInstallments.Quotes> quotes = fixture.service.quote(fixture.command);
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertThat(quotes.isRight()).as("%s", quotes).isTrue();
    assertThat(quotes.get().problems()).isEmpty();
    assertThat(quotes.get().offers().counts()).hasSize(12);
    assertThat(quotes.get().offers().providers())
        .containsExactly(new ProviderId("paywall"), new ProviderId("teqpay"));
    // The providers really wait (no upper bound here: a loaded CI machine would make it flaky).
    assertThat(millis).isGreaterThanOrEqualTo(FanOutFixture.PROVIDER_DELAY.toMillis());
  }

  @Test
  void theBareFanOutGetsBothAnswers() throws Exception {
    FanOutFloorBenchmark floor = new FanOutFloorBenchmark();
    floor.setUp();
    try {
      Object[] answers = (Object[]) floor.baselineFanOut();
      assertThat(answers).hasSize(2).doesNotContainNull();
    } finally {
      floor.tearDown();
    }
  }
}
