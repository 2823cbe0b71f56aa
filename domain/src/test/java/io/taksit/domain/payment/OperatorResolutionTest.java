package io.taksit.domain.payment;

import static io.taksit.domain.payment.PaymentFixtures.SCHEDULE;
import static io.taksit.domain.payment.PaymentFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.taksit.domain.error.PaymentError;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** An operator settles by hand only what no provider answer can settle, and says who and why. */
class OperatorResolutionTest {

  private static final OperatorResolution BY_HAND = OperatorResolution.of("ops@example.com",
      "confirmed with Momkn support", "MOMKN-REF-8841").get();
  private static final Instant LATER = T0.plus(Duration.ofDays(3));

  private static Payment after(OutcomeKind kind) {
    return PaymentFixtures.newPayment()
        .recordPayOutcome(PaymentFixtures.outcome(kind), T0, SCHEDULE).get();
  }

  private static Payment flaggedForReview() {
    Payment payment = after(OutcomeKind.UNKNOWN);
    Instant now = T0;
    while (!payment.needsReview()) {
      now = now.plus(Duration.ofDays(2));
      payment = payment.recordStatusAnswer(PaymentFixtures.outcome(OutcomeKind.UNKNOWN), now,
          SCHEDULE).get();
    }
    return payment;
  }

  @ParameterizedTest
  @EnumSource(value = PaymentStatus.class, names = {"SUCCEEDED", "DECLINED"})
  void aFlaggedPaymentIsSettledWithTheOperatorsWhoWhyAndEvidence(PaymentStatus outcome) {
    Payment flagged = flaggedForReview();

    Payment settled = flagged.resolve(outcome, BY_HAND, LATER).get();

    assertThat(settled.status()).isEqualTo(outcome);
    assertThat(settled.needsReview()).isFalse();
    assertThat(settled.nextCheckAt().isEmpty()).isTrue();
    assertThat(settled.events().last()).isEqualTo(new PaymentEvent.Resolved(flagged.id(), LATER,
        PaymentStatus.UNKNOWN, outcome, BY_HAND));
    assertThat(settled.attempts()).isEqualTo(flagged.attempts());
  }

  @Test
  void anUnknownPaymentStillBeingCheckedMayBeSettledToo() {
    assertThat(after(OutcomeKind.UNKNOWN).resolve(PaymentStatus.DECLINED, BY_HAND, LATER)
        .map(Payment::status)).contains(PaymentStatus.DECLINED);
  }

  @ParameterizedTest
  @EnumSource(value = OutcomeKind.class, names = {"APPROVED", "DECLINED", "NOT_PROCESSED",
      "PENDING"})
  void anythingElseIsRefusedAndUnchanged(OutcomeKind answered) {
    Payment payment = after(answered);
    assertThat(payment.resolve(PaymentStatus.SUCCEEDED, BY_HAND, LATER).getLeft())
        .isInstanceOf(PaymentError.IllegalTransition.class);
    assertThat(PaymentFixtures.newPayment().resolve(PaymentStatus.SUCCEEDED, BY_HAND, LATER)
        .isLeft()).as("CREATED: the reconciler asks the provider first").isTrue();
  }

  @Test
  void onlySucceededOrDeclinedIsAnOperatorsOutcome() {
    assertThat(flaggedForReview().resolve(PaymentStatus.NOT_PROCESSED, BY_HAND, LATER).getLeft()
        .message()).contains("SUCCEEDED or DECLINED only");
  }

  @Test
  void theResolutionNamesWhoWhyAndEvidenceEachRequired() {
    assertThat(OperatorResolution.of(" ", "why", "ref").getLeft().message()).contains("operator");
    assertThat(OperatorResolution.of("ops", null, "ref").getLeft().message()).contains("reason");
    assertThat(OperatorResolution.of("ops", "why", "").getLeft().message()).contains("evidence");
    assertThat(OperatorResolution.of(" ops ", " why ", " ref ").get())
        .isEqualTo(new OperatorResolution("ops", "why", "ref"));
  }
}
