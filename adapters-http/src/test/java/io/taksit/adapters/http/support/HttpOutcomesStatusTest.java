package io.taksit.adapters.http.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.taksit.domain.payment.PaymentOutcome;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

/** A status question that never left Taksit is "not asked"; one that was sent is a real check. */
class HttpOutcomesStatusTest {

  @Test
  void aStatusCallNotSentIsNotAskedAndOneSentIsAsked() {
    PaymentOutcome notSent = HttpOutcomes.forStatus(
        new HttpResult.NotSent<>("authentication failed, HTTP 502"));
    PaymentOutcome noAnswer = HttpOutcomes.forStatus(new HttpResult.NoAnswer<>("read timeout"));
    PaymentOutcome rejected = HttpOutcomes.forStatus(
        new HttpResult.Rejected<>(503, Option.none(), ""));

    assertThat(((PaymentOutcome.Unknown) notSent).asked()).isFalse();
    assertThat(notSent.reason()).contains("status not asked", "authentication failed");
    assertThat(((PaymentOutcome.Unknown) noAnswer).asked()).isTrue();
    assertThat(((PaymentOutcome.Unknown) rejected).asked()).isTrue();
  }
}
