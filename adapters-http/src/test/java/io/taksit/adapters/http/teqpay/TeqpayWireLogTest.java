package io.taksit.adapters.http.teqpay;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.taksit.adapters.http.contract.ContractSettings;
import io.taksit.adapters.http.contract.WireLogCapture;
import io.taksit.application.port.out.ReadOutcome;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Teqpay's wire log at DEBUG: on (paths, bodies), and never a key or a full card number. */
class TeqpayWireLogTest {

  private static final String FULL_CARD = "5269110012345678";

  @RegisterExtension
  static WireMockExtension server = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort())
      .build();

  private TeqpayGateway gateway() {
    return TeqpaySamples.gateway(TeqpaySamples.config(
        server.baseUrl() + TeqpaySamples.BASE_PATH, ContractSettings.SETTINGS));
  }

  @Test
  void a_quote_is_logged_without_the_keys() {
    server.stubFor(post(urlEqualTo(TeqpaySamples.PATH))
        .willReturn(TeqpaySamples.json(TeqpaySamples.seedAnswer())));
    List<String> lines;
    try (WireLogCapture log = WireLogCapture.start()) {
      assertThat(gateway().quote(TeqpaySamples.request("500.00")))
          .isInstanceOf(ReadOutcome.Answered.class);
      lines = log.lines();
    }

    assertThat(lines).anySatisfy(line -> assertThat(line).contains("/teqpay/installmentinfo"));
    assertThat(lines).anySatisfy(line -> assertThat(line).contains("\"cardNo\":\"526911\""));
    assertThat(lines).anySatisfy(line -> assertThat(line).contains("Başarıyla tamamlandı."));
    assertThat(lines).anySatisfy(line -> assertThat(line).containsIgnoringCase("ApiKey: ****"));
    assertThat(lines).anySatisfy(line -> assertThat(line).containsIgnoringCase("SecretKey: ****"));
    assertNoSecretIn(lines);
  }

  @Test
  void a_card_number_echoed_by_teqpay_is_masked_to_bin_and_last_four() {
    String echo = TeqpaySamples.oneRow("""
        {"Installment": "1", "Price": "500,00", "TotalPrice": "500,00",
         "MerchantSaleRate": "2,00", "cardNo": "%s"}""".formatted(FULL_CARD));
    server.stubFor(post(urlEqualTo(TeqpaySamples.PATH)).willReturn(TeqpaySamples.json(echo)));
    List<String> lines;
    try (WireLogCapture log = WireLogCapture.start()) {
      gateway().quote(TeqpaySamples.request("500.00"));
      lines = log.lines();
    }

    assertThat(lines).anySatisfy(line -> assertThat(line).contains("526911******5678"));
    assertNoSecretIn(lines);
  }

  @Test
  void a_refused_and_a_failed_exchange_are_logged_without_the_keys() {
    server.stubFor(post(urlEqualTo(TeqpaySamples.PATH))
        .willReturn(TeqpaySamples.json(TeqpaySamples.refusal())));
    List<String> lines;
    try (WireLogCapture log = WireLogCapture.start()) {
      gateway().quote(TeqpaySamples.request("500.00"));
      server.resetAll();
      server.stubFor(post(urlEqualTo(TeqpaySamples.PATH))
          .willReturn(TeqpaySamples.json("{\"Result\": true, \"ResultCode\": ")));
      gateway().quote(TeqpaySamples.request("500.00"));
      lines = log.lines();
    }

    assertThat(lines).anySatisfy(line -> assertThat(line).contains("/teqpay/installmentinfo"));
    assertNoSecretIn(lines);
  }

  private static void assertNoSecretIn(List<String> lines) {
    assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(line)
        .doesNotContain(TeqpaySamples.API_KEY)
        .doesNotContain(TeqpaySamples.SECRET_KEY)
        .doesNotContain(FULL_CARD)
        .doesNotContainPattern("(?<![0-9])[0-9]{13,19}(?![0-9])"));
  }
}
