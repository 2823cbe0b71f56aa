package io.taksit.adapters.http.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.taksit.application.port.out.ReadOutcome;
import io.taksit.domain.money.Currencies;
import io.taksit.domain.money.Money;
import io.vavr.collection.HashSet;
import org.junit.jupiter.api.Test;

class NotSentTest {

  @Test
  void anAmountInAnotherCurrencyOrNotPositiveIsNotSent() {
    assertThat(NotSent.amountProblem("Acme", Money.parse("10.00", "EUR").get(),
        HashSet.of(Currencies.TRY))).contains("Acme quotes in TRY only, the amount is in EUR");
    assertThat(NotSent.amountProblem("Acme", Money.parse("0.00", "TRY").get(),
        HashSet.of(Currencies.TRY))).contains("Acme quotes positive amounts only, was 0.00 TRY");
    assertThat(NotSent.amountProblem("Acme", Money.parse("0.01", "TRY").get(),
        HashSet.of(Currencies.TRY))).isEmpty();
  }

  @Test
  void aRefusalBeforeSendingSaysSoAndCarriesNoProviderAnswer() {
    ReadOutcome<String> refused = NotSent.refused("Acme quotes in TRY only");
    assertThat(refused).isInstanceOf(ReadOutcome.Refused.class);
    ReadOutcome.Refused<String> refusal = (ReadOutcome.Refused<String>) refused;
    assertThat(refusal.reason()).isEqualTo("Acme quotes in TRY only; not sent");
    assertThat(refusal.answer().code()).isEmpty();
  }
}
