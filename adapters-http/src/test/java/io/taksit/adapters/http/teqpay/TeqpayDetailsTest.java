package io.taksit.adapters.http.teqpay;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.taksit.adapters.http.teqpay.TeqpaySamples.lira;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.taksit.adapters.http.contract.ContractSettings;
import io.taksit.application.port.out.InstallmentGateway.InstallmentQuote;
import io.taksit.application.port.out.ReadOutcome;
import io.taksit.domain.installment.CommissionType;
import io.taksit.domain.installment.InstallmentOption;
import io.taksit.domain.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Teqpay's {@code CommissionType} and {@code AmountToPaid} reach the option: typed, kept, and a
 * visible note when the provider's own figures disagree, while the schedule stays exact.
 */
class TeqpayDetailsTest {

  @RegisterExtension
  static WireMockExtension server = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort())
      .build();

  private static ReadOutcome<InstallmentQuote> quote(String body, String amount) {
    server.stubFor(post(urlEqualTo(TeqpaySamples.BASE_PATH + "/installmentinfo"))
        .willReturn(TeqpaySamples.json(body)));
    return TeqpaySamples.gateway(TeqpaySamples.config(server.baseUrl() + TeqpaySamples.BASE_PATH,
        ContractSettings.SETTINGS)).quote(TeqpaySamples.request(amount));
  }

  private static InstallmentOption only(String installment, String price, String total,
      String commissionType, String amountToPaid) {
    ReadOutcome<InstallmentQuote> outcome = quote(TeqpaySamples.oneRow("""
        {"Installment": "%s", "Price": "%s", "TotalPrice": "%s", "ProcessingFee": "0,00",
         "CommissionType": %s, "MerchantSaleRate": "2,00", "AmountToPaid": %s}"""
        .formatted(installment, price, total, commissionType, amountToPaid)),
        price.replace(".", "").replace(',', '.'));
    assertThat(outcome).isInstanceOf(ReadOutcome.Answered.class);
    return ((ReadOutcome.Answered<InstallmentQuote>) outcome).value().options().single();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "\"Komisyon İçinde\" | INCLUDED",
      "\"KOMİSYON İÇİNDE\" | INCLUDED",
      "\"Commission included\" | INCLUDED",
      "\"Komisyon Dışında\" | REFLECTED_TO_CUSTOMER",
      "\"Müşteriye Yansıtılır\" | REFLECTED_TO_CUSTOMER",
      "\"Reflected to the customer\" | REFLECTED_TO_CUSTOMER",
      "\"Özel\" | UNRECOGNISED"})
  void the_commission_type_is_typed_and_its_words_kept(String text, CommissionType type) {
    InstallmentOption option = only("1", "500,00", "500,00", text, "\"500,00\"");

    assertThat(option.details().commissionType()).containsExactly(type);
    assertThat(option.details().commissionText())
        .containsExactly(text.substring(1, text.length() - 1));
  }

  @Test
  void no_commission_type_is_none_not_a_guess() {
    InstallmentOption option = only("1", "500,00", "500,00", "null", "\"500,00\"");

    assertThat(option.details().commissionType()).isEmpty();
    assertThat(option.details().commissionText()).isEmpty();
  }

  @Test
  void agreeing_figures_carry_the_providers_amount_and_no_note() {
    InstallmentOption option = only("4", "1.250,50", "1.300,00", "\"Komisyon Dışında\"",
        "\"325,00\"");

    assertThat(option.details().providerPerInstallment()).containsExactly(lira("325.00"));
    assertThat(option.details().notes()).isEmpty();
    assertThat(option.schedule()).containsOnly(lira("325.00"));
  }

  @Test
  void disagreeing_figures_with_thousands_separators_say_by_how_much_and_keep_the_schedule() {
    InstallmentOption option = only("3", "1.250,50", "1.306,77", "\"Komisyon Dışında\"",
        "\"435,60\"");

    assertThat(option.details().providerPerInstallment()).containsExactly(lira("435.60"));
    assertThat(option.details().notes()).containsExactly("Teqpay's figures disagree by 0.03 TRY:"
        + " 435.60 × 3 = 1306.80, total 1306.77; the schedule allocates the total exactly");
    assertThat(option.total()).isEqualTo(lira("1306.77"));
    assertThat(option.schedule()).containsExactly(lira("435.59"), lira("435.59"),
        lira("435.59"));
    assertThat(Money.sumOf(option.total().currency(), option.schedule())).isEqualTo(option.total());
  }

  @Test
  void a_large_figure_below_the_total_is_a_disagreement_too() {
    InstallmentOption option = only("12", "1.000.000,00", "1.000.000,00", "\"Komisyon İçinde\"",
        "\"83.333,33\"");

    assertThat(option.details().notes()).containsExactly("Teqpay's figures disagree by 0.04 TRY:"
        + " 83333.33 × 12 = 999999.96, total 1000000.00; the schedule allocates the total exactly");
  }

  @Test
  void an_unreadable_per_installment_figure_fails_the_answer_naming_the_field() {
    ReadOutcome<InstallmentQuote> outcome = quote(TeqpaySamples.oneRow("""
        {"Installment": "1", "Price": "500,00", "TotalPrice": "500,00", "ProcessingFee": "0,00",
         "CommissionType": "Komisyon İçinde", "MerchantSaleRate": "2,00", "AmountToPaid": "beş"}"""),
        "500.00");

    assertThat(outcome).isInstanceOf(ReadOutcome.Failed.class);
    assertThat(((ReadOutcome.Failed<InstallmentQuote>) outcome).reason())
        .contains("Details[0].AmountToPaid");
  }

  @Test
  void an_absent_per_installment_figure_is_none() {
    InstallmentOption option = only("1", "500,00", "500,00", "\"Komisyon İçinde\"", "null");

    assertThat(option.details().providerPerInstallment()).isEmpty();
    assertThat(option.details().notes()).isEmpty();
  }
}
