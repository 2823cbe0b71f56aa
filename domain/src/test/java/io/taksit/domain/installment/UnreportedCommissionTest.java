package io.taksit.domain.installment;

import static org.assertj.core.api.Assertions.assertThat;

import io.taksit.domain.card.CardKind;
import io.taksit.domain.card.CardProfile;
import io.taksit.domain.card.CardType;
import io.taksit.domain.money.Money;
import io.taksit.domain.provider.ProviderId;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A commission a provider does not report stays unknown: never 0, never ranked as cheaper. */
class UnreportedCommissionTest {

  private static final Money PRICE = Money.parse("100.00", "TRY").get();
  private static final Money TOTAL = Money.parse("103.00", "TRY").get();

  @Test
  void anUnreportedCommissionIsNoneNotZero() {
    InstallmentOption option = InstallmentOption.ofUnreportedCommission(new ProviderId("iyzico"),
        Option.none(), 3, PRICE, new BigDecimal("3"), TOTAL).get();
    assertThat(option.merchantCommissionRate()).isEmpty();
    assertThat(option.schedule().map(Money::amount)).containsExactly(new BigDecimal("34.34"),
        new BigDecimal("34.33"), new BigDecimal("34.33"));
  }

  @Test
  void aMissingRateIsStillRequiredWhereTheProviderReportsOne() {
    assertThat(InstallmentOption.of(new ProviderId("paywall"), Option.none(), 3, PRICE,
        new BigDecimal("3"), null, TOTAL).getLeft().message())
        .contains("merchantCommissionRate");
  }

  @Test
  void betweenEqualPlansAReportedCommissionRanksBeforeAnUnknownOne() {
    InstallmentOption unknown = InstallmentOption.ofUnreportedCommission(new ProviderId("a-first"),
        Option.none(), 3, PRICE, new BigDecimal("3"), TOTAL).get();
    InstallmentOption reported = InstallmentOption.of(new ProviderId("z-last"), Option.none(), 3,
        PRICE, new BigDecimal("3"), new BigDecimal("9.5"), TOTAL).get();
    InstallmentOffers offers = InstallmentOffers.of(PRICE, List.of(unknown, reported)).get();
    assertThat(offers.options().head()).isEqualTo(reported);
  }

  @Test
  void aCardProfileMaySayWhetherThreeDSecureIsRequired() {
    CardProfile profile = CardProfile.of("Garanti Bankası", "MASTER_CARD", "Bonus",
        CardKind.INDIVIDUAL, CardType.CREDIT).get();
    assertThat(profile.threeDSecureRequired()).isEmpty();
    assertThat(profile.withThreeDSecureRequired(true).threeDSecureRequired()).contains(true);
    assertThat(profile.withThreeDSecureRequired(true)).isNotEqualTo(profile);
  }
}
