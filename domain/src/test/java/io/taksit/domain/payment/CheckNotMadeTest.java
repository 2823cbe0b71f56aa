package io.taksit.domain.payment;

import static io.taksit.domain.payment.PaymentFixtures.SCHEDULE;
import static io.taksit.domain.payment.PaymentFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A status question that never reached the provider uses up none of the scheduled checks. */
class CheckNotMadeTest {

  private static Payment unknown() {
    return PaymentFixtures.newPayment()
        .recordPayOutcome(PaymentFixtures.outcome(OutcomeKind.UNKNOWN), T0, SCHEDULE).get();
  }

  @Test
  void aCheckNotMadeKeepsTheCountTheStatusAndTheHistoryAndIsDueAgainAfterItsDelay() {
    Payment before = unknown();
    Instant later = T0.plus(Duration.ofMinutes(1));

    Payment after = before.recordStatusAnswer(
        PaymentOutcome.Unknown.notAsked("status not asked, not sent: authentication failed, HTTP 502"),
        later, SCHEDULE).get();

    assertThat(after.statusChecks()).isEqualTo(before.statusChecks());
    assertThat(after.status()).isEqualTo(PaymentStatus.UNKNOWN);
    assertThat(after.events()).isEqualTo(before.events());
    assertThat(after.nextCheckAt()).contains(SCHEDULE.nextAfter(before.statusChecks(), later).get());
    assertThat(after.needsReview()).isFalse();
  }

  @Test
  void checksNotMadeNeverFlagAPaymentForReviewWhileAskedOnesDo() {
    Payment notAsked = unknown();
    Payment asked = unknown();
    Instant now = T0;
    for (int i = 0; i < SCHEDULE.maxChecks() + 3; i++) {
      now = now.plus(Duration.ofDays(2));
      notAsked = notAsked.recordStatusAnswer(PaymentOutcome.Unknown.notAsked("not sent"), now,
          SCHEDULE).get();
      if (!asked.needsReview()) {
        asked = asked.recordStatusAnswer(
            new PaymentOutcome.Unknown(io.taksit.domain.payment.ProviderAnswer.none(), "HTTP 503"),
            now, SCHEDULE).get();
      }
    }
    assertThat(notAsked.statusChecks()).isZero();
    assertThat(notAsked.needsReview()).isFalse();
    assertThat(notAsked.nextCheckAt().isDefined()).isTrue();
    assertThat(asked.statusChecks()).isEqualTo(SCHEDULE.maxChecks());
    assertThat(asked.needsReview()).isTrue();
  }

  @Test
  void aConclusiveAnswerStillSettlesThePaymentAfterChecksNotMade() {
    Payment payment = unknown().recordStatusAnswer(PaymentOutcome.Unknown.notAsked("not sent"),
        T0.plusSeconds(60), SCHEDULE).get();
    Payment settled = payment.recordStatusAnswer(
        PaymentFixtures.outcome(OutcomeKind.APPROVED), T0.plusSeconds(400), SCHEDULE).get();
    assertThat(settled.status()).isEqualTo(PaymentStatus.SUCCEEDED);
    assertThat(settled.statusChecks()).isEqualTo(1);
  }
}
