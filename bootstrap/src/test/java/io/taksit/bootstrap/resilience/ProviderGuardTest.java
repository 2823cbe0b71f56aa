package io.taksit.bootstrap.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taksit.application.contract.MovableClock;
import io.taksit.application.port.out.BillingGateway;
import io.taksit.application.port.out.GatewayCapabilities;
import io.taksit.application.port.out.ReadOutcome;
import io.taksit.bootstrap.Taksit;
import io.taksit.domain.bill.Bill;
import io.taksit.domain.fee.FeeQuote;
import io.taksit.domain.payment.PaymentOutcome;
import io.taksit.domain.payment.ProviderAnswer;
import io.taksit.domain.provider.ProviderId;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** A provider's circuit breaker and bulkhead, around a gateway that counts what reaches it. */
class ProviderGuardTest {

  private static final ProviderId ACME = new ProviderId("acme");
  private static final ResilienceSettings FOUR_CALLS = new ResilienceSettings(
      new BreakerSettings(50, 4, 4, Duration.ofSeconds(30), 1), new BulkheadSettings(2));

  private final MovableClock clock = new MovableClock(Instant.parse("2026-12-03T08:00:00Z"));
  private final CountingGateway provider = new CountingGateway();
  private final GuardedBillingGateway gateway =
      new GuardedBillingGateway(provider, new ProviderGuard(ACME, FOUR_CALLS, clock));

  private static BillingGateway.PayRequest anyPayment() {
    return null; // the counting gateway never reads it
  }

  @Test
  void failuresOpenTheBreakerAndThenNothingIsSentAndNothingIsUnknown() {
    provider.answer.set(new PaymentOutcome.Unknown(ProviderAnswer.none(), "HTTP 503"));
    for (int i = 0; i < 4; i++) {
      assertThat(gateway.pay(anyPayment())).isInstanceOf(PaymentOutcome.Unknown.class);
    }

    PaymentOutcome refused = gateway.pay(anyPayment());
    PaymentOutcome status = gateway.checkStatus(null);
    ReadOutcome<Bill> inquiry = gateway.inquire(null);

    assertThat(provider.calls).hasValue(4);
    assertThat(refused).isInstanceOf(PaymentOutcome.NotProcessed.class);
    assertThat(refused.reason()).contains("not sent", "circuit breaker of acme is open");
    assertThat(((PaymentOutcome.Unknown) status).asked()).as("a check not made").isFalse();
    assertThat(inquiry).isInstanceOf(ReadOutcome.Failed.class);
    assertThat(gateway.toString()).contains("OPEN");
  }

  @Test
  void afterItsWaitAHalfOpenBreakerLetsATrialThroughAndClosesOnSuccess() {
    provider.answer.set(new PaymentOutcome.Unknown(ProviderAnswer.none(), "no answer: timeout"));
    for (int i = 0; i < 4; i++) {
      gateway.pay(anyPayment());
    }
    clock.advance(Duration.ofSeconds(29));
    assertThat(gateway.pay(anyPayment())).isInstanceOf(PaymentOutcome.NotProcessed.class);

    clock.advance(Duration.ofSeconds(2));
    provider.answer.set(new PaymentOutcome.Approved(ProviderAnswer.none(), "Code 0"));
    assertThat(gateway.pay(anyPayment())).isInstanceOf(PaymentOutcome.Approved.class);
    assertThat(gateway.pay(anyPayment())).isInstanceOf(PaymentOutcome.Approved.class);
    assertThat(provider.calls).hasValue(6);
    assertThat(gateway.toString()).contains("CLOSED");
  }

  @Test
  void businessAnswersNeverCountAgainstTheProvider() {
    PaymentOutcome[] answers = {
        new PaymentOutcome.Declined(ProviderAnswer.none(), "Code 311 insufficient balance"),
        new PaymentOutcome.NotProcessed(ProviderAnswer.none(), "invalid request, HTTP 400",
            io.vavr.control.Option.none()),
        new PaymentOutcome.NotProcessed(ProviderAnswer.none(), "throttled, HTTP 429",
            io.vavr.control.Option.some(Duration.ofSeconds(1))),
        new PaymentOutcome.Unknown(ProviderAnswer.none(), "duplicate, resolve by status: HTTP 409")};
    for (int round = 0; round < 3; round++) {
      for (PaymentOutcome answer : answers) {
        provider.answer.set(answer);
        assertThat(gateway.pay(anyPayment())).isSameAs(answer);
      }
    }
    assertThat(provider.calls).hasValue(12);
    assertThat(gateway.toString()).contains("CLOSED");
  }

  @Test
  void aFullBulkheadRefusesAtOnceBeforeSending() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch inFlight = new CountDownLatch(2);
    provider.blockOn(release, inFlight);
    CompletableFuture<PaymentOutcome> first = CompletableFuture.supplyAsync(() -> gateway.pay(anyPayment()));
    CompletableFuture<PaymentOutcome> second = CompletableFuture.supplyAsync(() -> gateway.pay(anyPayment()));
    assertThat(inFlight.await(5, TimeUnit.SECONDS)).isTrue();

    PaymentOutcome third = gateway.pay(anyPayment());

    assertThat(third).isInstanceOf(PaymentOutcome.NotProcessed.class);
    assertThat(third.reason()).contains("not sent", "2 calls in flight");
    release.countDown();
    assertThat(first.get(5, TimeUnit.SECONDS)).isInstanceOf(PaymentOutcome.Approved.class);
    assertThat(second.get(5, TimeUnit.SECONDS)).isInstanceOf(PaymentOutcome.Approved.class);
    assertThat(provider.calls).hasValue(2);
  }

  @Test
  void theBuilderGuardsEveryGatewayAndRefusesToGuessAStorage() {
    assertThatThrownBy(() -> Taksit.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("a provider")
        .hasMessageContaining("storage (jdbc(dataSource)")
        .hasMessageContaining("memoryStorage() only for tests");
    try (Taksit taksit = Taksit.builder().billingGateway(provider).memoryStorage()
        .resilience(ACME, FOUR_CALLS).build()) {
      assertThat(taksit.providerGuards().keySet()).containsExactly(ACME);
      assertThat(taksit.providerGuards().get(ACME).get().breakerState()).isEqualTo("CLOSED");
      assertThat(taksit.providerGuards().get(ACME).get().freeCallSlots()).isEqualTo(2);
    }
  }

  /** A billing gateway that counts the calls that reach it and answers as told. */
  private static final class CountingGateway implements BillingGateway {
    final AtomicInteger calls = new AtomicInteger();
    final AtomicReference<PaymentOutcome> answer = new AtomicReference<>(
        new PaymentOutcome.Approved(ProviderAnswer.none(), "Code 0"));
    private volatile CountDownLatch release;
    private volatile CountDownLatch inFlight;

    void blockOn(CountDownLatch until, CountDownLatch started) {
      release = until;
      inFlight = started;
    }

    private PaymentOutcome call() {
      calls.incrementAndGet();
      if (release != null) {
        inFlight.countDown();
        try {
          release.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return answer.get();
    }

    @Override public ProviderId provider() { return ACME; }

    @Override public GatewayCapabilities capabilities() {
      return new GatewayCapabilities(false, true, false);
    }

    @Override public ReadOutcome<Bill> inquire(InquiryRequest request) {
      calls.incrementAndGet();
      return ReadOutcome.failed("unused");
    }

    @Override public ReadOutcome<FeeQuote> quoteFees(FeeRequest request) {
      calls.incrementAndGet();
      return ReadOutcome.failed("unused");
    }

    @Override public PaymentOutcome pay(PayRequest request) { return call(); }

    @Override public PaymentOutcome checkStatus(StatusRequest request) { return call(); }
  }

}
