package io.taksit.domain.payment;

import static io.taksit.domain.payment.PaymentFixtures.SCHEDULE;
import static io.taksit.domain.payment.PaymentFixtures.T0;
import static io.taksit.domain.payment.PaymentFixtures.newPayment;
import static io.taksit.domain.payment.PaymentFixtures.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import io.taksit.domain.error.PaymentError;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PaymentTest {

  private static final Instant T1 = T0.plusSeconds(1);

  @Test
  void startsCreatedWithAnEventAndACheckScheduled() {
    Payment payment = newPayment();
    assertThat(payment.status()).isEqualTo(PaymentStatus.CREATED);
    assertThat(payment.events()).containsExactly(new PaymentEvent.Created(payment.id(), T0));
    assertThat(payment.nextCheckAt()).contains(T0.plus(Duration.ofMinutes(1)));
    assertThat(payment.attempts()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(OutcomeKind.class)
  void everyPayOutcomeLeadsToItsStatusAndAppendsAnAttempt(OutcomeKind kind) {
    Payment paid = newPayment().recordPayOutcome(outcome(kind), T1, SCHEDULE).get();

    assertThat(paid.status()).isEqualTo(kind.resultingStatus());
    assertThat(paid.attempts()).singleElement().satisfies(a -> {
      assertThat(a.number()).isEqualTo(1);
      assertThat(a.retry()).isFalse();
      assertThat(a.outcome()).isEqualTo(kind);
      assertThat(a.sentAt()).isEqualTo(T0);
      assertThat(a.answeredAt()).isEqualTo(T1);
    });
    assertThat(paid.events().last()).isInstanceOf(PaymentEvent.OutcomeRecorded.class);
    assertThat(paid.nextCheckAt().isDefined()).isEqualTo(kind == OutcomeKind.PENDING
        || kind == OutcomeKind.UNKNOWN);
  }

  @Test
  void retriesOnlyFromNotProcessedKeepingTheSameIdentity() {
    Payment notProcessed = newPayment()
        .recordPayOutcome(outcome(OutcomeKind.NOT_PROCESSED), T1, SCHEDULE).get();
    Payment retried = notProcessed.retry(T1.plusSeconds(5), SCHEDULE).get();
    assertThat(retried.status()).isEqualTo(PaymentStatus.CREATED);
    assertThat(retried.nextAttemptIsRetry()).isTrue();
    Payment approved = retried.recordPayOutcome(outcome(OutcomeKind.APPROVED), T1.plusSeconds(6),
        SCHEDULE).get();
    assertThat(approved.attempts().map(Attempt::retry)).containsExactly(false, true);
    assertThat(approved.attempts().last().sentAt()).isEqualTo(T1.plusSeconds(5));
    assertThat(approved.id()).isEqualTo(notProcessed.id());
  }

  @Test
  void refusesToRetryAnUnknownPayment() {
    Payment unknown = newPayment().recordPayOutcome(outcome(OutcomeKind.UNKNOWN), T1, SCHEDULE).get();
    assertThat(unknown.retry(T1, SCHEDULE).getLeft()).isEqualTo(new PaymentError.IllegalTransition(
        "p-1", "UNKNOWN", "retry", "only a NOT_PROCESSED payment may be retried"));
  }

  @Test
  void terminalPaymentsRefuseEveryTransition() {
    Payment succeeded = newPayment().recordPayOutcome(outcome(OutcomeKind.APPROVED), T1, SCHEDULE).get();
    assertThat(succeeded.recordPayOutcome(outcome(OutcomeKind.APPROVED), T1, SCHEDULE).isLeft()).isTrue();
    assertThat(succeeded.recordStatusAnswer(outcome(OutcomeKind.DECLINED), T1, SCHEDULE).isLeft()).isTrue();
    assertThat(succeeded.retry(T1, SCHEDULE).isLeft()).isTrue();
  }

  @Test
  void statusAnswerResolvesACreatedPaymentWhoseProcessDied() {
    Payment resolved = newPayment()
        .recordStatusAnswer(outcome(OutcomeKind.APPROVED), T0.plusSeconds(60), SCHEDULE).get();
    assertThat(resolved.status()).isEqualTo(PaymentStatus.SUCCEEDED);
    assertThat(resolved.nextCheckAt()).isEmpty();
    Payment inconclusive = newPayment()
        .recordStatusAnswer(outcome(OutcomeKind.UNKNOWN), T0.plusSeconds(60), SCHEDULE).get();
    assertThat(inconclusive.status()).isEqualTo(PaymentStatus.UNKNOWN);
  }

  @Test
  void inconclusiveChecksFollowTheScheduleThenFlagForReview() {
    Payment payment = newPayment().recordPayOutcome(outcome(OutcomeKind.UNKNOWN), T1, SCHEDULE).get();
    assertThat(payment.nextCheckAt()).contains(T1.plus(Duration.ofMinutes(1)));
    Instant now = T1;
    Duration[] expected = {Duration.ofMinutes(5), Duration.ofHours(1), Duration.ofDays(1),
        Duration.ofDays(1)};
    for (Duration delay : expected) {
      now = payment.nextCheckAt().get();
      payment = payment.recordStatusAnswer(outcome(OutcomeKind.UNKNOWN), now, SCHEDULE).get();
      assertThat(payment.nextCheckAt()).contains(now.plus(delay));
      assertThat(payment.needsReview()).isFalse();
    }
    payment = payment.recordStatusAnswer(outcome(OutcomeKind.UNKNOWN), now, SCHEDULE).get();
    assertThat(payment.status()).isEqualTo(PaymentStatus.UNKNOWN);
    assertThat(payment.nextCheckAt()).isEmpty();
    assertThat(payment.reviewReason()).contains("no conclusive status after 5 checks; last: read timeout");
    assertThat(payment.events().last()).isInstanceOf(PaymentEvent.FlaggedForReview.class);
  }
}
