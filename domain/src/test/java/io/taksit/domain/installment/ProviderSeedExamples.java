package io.taksit.domain.installment;

import static org.assertj.core.api.Assertions.assertThat;

import io.taksit.domain.money.Currencies;
import io.taksit.domain.money.Money;
import io.taksit.domain.provider.ProviderId;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.Example;

/** The installment rows of the provider documentation (seeds 002 and 003), as options. */
class ProviderSeedExamples {

  @Example
  void teqpayTwelveInstallmentsOfFiveHundredLira() {
    // 003: Installment "12", Price "500,00", TotalPrice "500,00", MerchantSaleRate "16,75",
    // AmountToPaid "41,67": commission inside the price, so no interest for the customer.
    Money price = lira("500.00");
    InstallmentOption twelve = InstallmentOption.of(new ProviderId("teqpay"), Option.none(), 12, price,
        BigDecimal.ZERO, new BigDecimal("16.75"), price).get();

    assertThat(twelve.schedule()).isEqualTo(
        List.fill(8, lira("41.67")).appendAll(List.fill(4, lira("41.66"))));
    assertThat(twelve.schedule().map(Money::amount).fold(BigDecimal.ZERO, BigDecimal::add))
        .isEqualTo(new BigDecimal("500.00"));
    assertThat(twelve.perInstallment()).isEqualTo(lira("41.67"));
    assertThat(twelve.customerCost()).isEqualTo(lira("0.00"));
    assertThat(twelve.merchantCommissionRate()).contains(new BigDecimal("16.75"));
  }

  @Example
  void paywallGatewayRowMatchesItsInterestRate() {
    // 002: PaymentGatewayId 4149 "payjumptestt", Installment 1, Commission 2.00, Interest 2.00,
    // RawAmount 30.0, InterestAmount 30.60.
    InstallmentOption reported = paywall("payjumptestt", "2.00", "30.60");
    InstallmentOption computed = InstallmentOption.withInterest(new ProviderId("paywall"),
        Option.some("payjumptestt"), 1, lira("30.0"), new BigDecimal("2.00"),
        new BigDecimal("2.00"), RoundingMode.HALF_UP).get();

    assertThat(computed).isEqualTo(reported);
    assertThat(reported.schedule()).isEqualTo(List.of(lira("30.60")));
    assertThat(reported.customerCost()).isEqualTo(lira("0.60"));
  }

  @Example
  void twoProvidersOfferingOneInstallmentKeepTheCheaperForTheCustomer() {
    InstallmentOption paywall = paywall("payjumptestt", "2.00", "30.60");
    InstallmentOption teqpay = InstallmentOption.of(new ProviderId("teqpay"), Option.none(), 1,
        lira("30.00"), BigDecimal.ZERO, new BigDecimal("2.00"), lira("30.00")).get();
    InstallmentOption paywallTwo = InstallmentOption.of(new ProviderId("paywall"),
        Option.some("payjumptestt"), 2, lira("30.00"), new BigDecimal("3.00"),
        new BigDecimal("2.50"), lira("30.90")).get();

    InstallmentOffers fromPaywall = InstallmentOffers.of(List.of(paywall, paywallTwo)).get();
    InstallmentOffers fromTeqpay = InstallmentOffers.of(List.of(teqpay)).get();
    InstallmentOffers merged = fromPaywall.merge(fromTeqpay).get();

    assertThat(merged.options()).containsExactly(teqpay, paywallTwo);
    assertThat(merged.bestFor(1)).isEqualTo(Option.some(teqpay));
    assertThat(merged.bestFor(3)).isEqualTo(Option.none());
    assertThat(merged.counts().toList()).isEqualTo(List.of(1, 2));
    assertThat(merged.providers().toList()).isEqualTo(List.of(new ProviderId("paywall"),
        new ProviderId("teqpay")));
    assertThat(fromTeqpay.merge(fromPaywall)).isEqualTo(fromPaywall.merge(fromTeqpay));
  }

  @Example
  void equalTotalsAreDecidedByTheMerchantCommissionWhateverTheOrder() {
    InstallmentOption dearer = paywall("gateway-a", "2.00", "30.60");
    InstallmentOption cheaper = paywall("gateway-b", "1.50", "30.60");

    assertThat(InstallmentOffers.of(List.of(dearer, cheaper)).get().bestFor(1))
        .isEqualTo(Option.some(cheaper));
    assertThat(InstallmentOffers.of(List.of(cheaper, dearer)).get().bestFor(1))
        .isEqualTo(Option.some(cheaper));
  }

  private static InstallmentOption paywall(String gateway, String commission, String total) {
    return InstallmentOption.of(new ProviderId("paywall"), Option.some(gateway), 1, lira("30.0"),
        new BigDecimal("2.00"), new BigDecimal(commission), lira(total)).get();
  }

  private static Money lira(String amount) {
    return Money.of(new BigDecimal(amount), Currencies.TRY).get();
  }
}
