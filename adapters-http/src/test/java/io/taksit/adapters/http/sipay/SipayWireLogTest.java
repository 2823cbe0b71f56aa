package io.taksit.adapters.http.sipay;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.taksit.adapters.http.sipay.SipayStubScript.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.taksit.adapters.http.contract.ContractSettings;
import io.taksit.adapters.http.contract.WireFaults;
import io.taksit.adapters.http.contract.WireLogCapture;
import io.taksit.adapters.http.support.HttpCalls;
import io.taksit.application.port.out.ReadOutcome;
import io.taksit.domain.payment.OutcomeKind;
import io.taksit.domain.payment.PaymentId;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Sipay's wire log at DEBUG: on (paths and bodies show), and never the client secret, the bearer
 * token or a full card number (credit-card bills carry one as the subscriber number).
 */
class SipayWireLogTest {

  @RegisterExtension
  static WireMockExtension server = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort())
      .build();

  private static final String FULL_CARD = "4543601234561234";

  private static SipayGateway gateway() {
    SipayConfig config = SipaySamples.config(server.baseUrl() + SipaySamples.BASE_PATH)
        .withHttp(ContractSettings.SETTINGS);
    return new SipayGateway(config, HttpCalls.of(config.http()), Clock.systemUTC());
  }

  private static void assertNoSecretIn(List<String> lines) {
    assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(line)
        .doesNotContain(SipaySamples.CLIENT_SECRET)
        .doesNotContain(SipaySamples.CLIENT_SECRET_FORM)
        .doesNotContain(SipaySamples.ACCESS_TOKEN)
        .doesNotContain(FULL_CARD));
  }

  @Nested
  class Logged {

    @Test
    void token_inquiry_payment_and_status_are_logged_without_secrets() {
      server.stubFor(post(urlPathEqualTo(SipaySamples.TOKEN_PATH))
          .willReturn(json(SipaySamples.TOKEN_ANSWER)));
      server.stubFor(post(urlPathEqualTo(SipaySamples.INQUIRY_PATH)).willReturn(json(
          SipaySamples.INQUIRY_ANSWER.replace("\"subscriber_nos\": \"5536557580\"",
              "\"subscriber_nos\": \"" + FULL_CARD + "\""))));
      server.stubFor(post(urlPathEqualTo(SipaySamples.PAYMENT_PATH))
          .willReturn(json(SipaySamples.PAYMENT_ANSWER)));
      SipayGateway gateway = gateway();
      List<String> lines;
      try (WireLogCapture log = WireLogCapture.start()) {
        assertThat(gateway.inquire(SipaySamples.inquiryRequest()))
            .isInstanceOf(ReadOutcome.Answered.class);
        assertThat(gateway.pay(SipaySamples.payRequest(new PaymentId("log-1"))).kind())
            .isEqualTo(OutcomeKind.APPROVED);
        gateway.checkStatus(SipaySamples.statusRequest(new PaymentId("log-1")));
        lines = log.lines();
      }

      assertThat(lines).anySatisfy(line -> assertThat(line).contains("/sipay/connect/token"));
      assertThat(lines).anySatisfy(line -> assertThat(line)
          .contains("/sipay/v1/InvoicePayment/GetInvoicesByProductAndSubscriber"));
      assertThat(lines).anySatisfy(line -> assertThat(line)
          .contains("/sipay/v1/InvoicePayment/MakePayment"));
      assertThat(lines).anySatisfy(line -> assertThat(line).contains("client_secret=****"));
      assertThat(lines).anySatisfy(line -> assertThat(line).contains("\"access_token\":\"****\""));
      assertThat(lines).anySatisfy(line -> assertThat(line).contains("Authorization: ****"));
      assertThat(lines).anySatisfy(line -> assertThat(line).contains("\"ext_order_id\":\"log-1\""));
      assertThat(lines).anySatisfy(line -> assertThat(line).contains("İşlem başarılı"));
      assertThat(lines).anySatisfy(line -> assertThat(line).contains("454360******1234"));
      assertNoSecretIn(lines);
    }

    @Test
    void a_renewal_after_401_and_a_refused_token_are_logged_without_secrets() {
      server.stubFor(post(urlPathEqualTo(SipaySamples.TOKEN_PATH))
          .willReturn(json(SipaySamples.TOKEN_ANSWER)));
      server.stubFor(post(urlPathEqualTo(SipaySamples.INQUIRY_PATH)).inScenario("renewal")
          .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("renewed")
          .willReturn(WireFaults.status(401)));
      server.stubFor(post(urlPathEqualTo(SipaySamples.INQUIRY_PATH)).inScenario("renewal")
          .whenScenarioStateIs("renewed").willReturn(json(SipaySamples.INQUIRY_ANSWER)));
      List<String> lines;
      try (WireLogCapture log = WireLogCapture.start()) {
        assertThat(gateway().inquire(SipaySamples.inquiryRequest()))
            .isInstanceOf(ReadOutcome.Answered.class);
        server.stubFor(post(urlPathEqualTo(SipaySamples.TOKEN_PATH)).willReturn(json(
            "{\"error\": \"invalid_client\", \"client_secret\": \"" + SipaySamples.CLIENT_SECRET
                + "\"}").withStatus(401)));
        assertThat(gateway().pay(SipaySamples.payRequest(new PaymentId("log-2"))).kind())
            .isEqualTo(OutcomeKind.NOT_PROCESSED);
        lines = log.lines();
      }

      assertThat(lines).anySatisfy(line -> assertThat(line).contains("401"));
      assertThat(lines).anySatisfy(line -> assertThat(line).contains("/sipay/connect/token"));
      assertNoSecretIn(lines);
    }
  }
}
