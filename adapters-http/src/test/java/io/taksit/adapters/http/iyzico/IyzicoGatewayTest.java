package io.taksit.adapters.http.iyzico;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.taksit.adapters.http.contract.ContractSettings;
import io.taksit.adapters.http.contract.WireLogCapture;
import io.taksit.adapters.http.support.Secret;
import io.taksit.application.port.out.InstallmentGateway.InstallmentQuote;
import io.taksit.application.port.out.InstallmentGateway.InstallmentRequest;
import io.taksit.application.port.out.ReadOutcome;
import io.taksit.domain.card.CardKind;
import io.taksit.domain.card.CardType;
import io.taksit.domain.installment.InstallmentOption;
import io.taksit.domain.money.Money;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** iyzico's own rules beside the contract: its signature, its card profile, its envelope. */
class IyzicoGatewayTest {

  @RegisterExtension
  static WireMockExtension server = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort()).build();

  private static IyzicoGateway gateway() {
    return IyzicoSamples.gateway(IyzicoSamples.config(server.baseUrl(),
        ContractSettings.SETTINGS));
  }

  private static void answer(String body) {
    server.stubFor(post(urlPathEqualTo(IyzicoSamples.PATH)).willReturn(IyzicoSamples.json(body)));
  }

  private static InstallmentQuote answered(ReadOutcome<InstallmentQuote> outcome) {
    assertThat(outcome).isInstanceOf(ReadOutcome.Answered.class);
    return ((ReadOutcome.Answered<InstallmentQuote>) outcome).value();
  }

  @Nested
  class Authorization {

    /** The published test vector of iyzico's clients (path without its query). */
    @Test
    void theSignatureIsTheHmacOfRandomKeyPathAndBody() {
      IyzicoSignature signature = new IyzicoSignature(Secret.of("apiKey"), Secret.of("secretKey"),
          () -> "random");
      assertThat(signature.authorization("random", "/v2/uri",
          "{\"data\":\"value\"}".getBytes(StandardCharsets.UTF_8)))
          .isEqualTo("IYZWSv2 YXBpS2V5OmFwaUtleSZyYW5kb21LZXk6cmFuZG9tJnNpZ25hdHVyZTo0YWZhMjhjYj"
              + "E3NTkwNThlYWEzNjNhZGVkNjAzM2NhNTg0N2NmNDYxODNhZDdiYTI5ZDEwZjE3ZWNiMGJmY2M4");
      assertThat(signature.toString()).doesNotContain("secretKey", "apiKey:");
    }

    @Test
    void everyRequestIsSignedWithAFreshRandomKey() {
      answer(IyzicoSamples.SUCCESS);
      IyzicoGateway gateway = gateway();
      gateway.quote(IyzicoSamples.request("100.00"));
      gateway.quote(IyzicoSamples.request("100.00"));
      var requests = server.findAll(postRequestedFor(urlPathEqualTo(IyzicoSamples.PATH))
          .andMatching(IyzicoSamples.signedWithTheConfiguredKeys("")));
      assertThat(requests).hasSize(2);
      assertThat(requests.get(0).getHeader("x-iyzi-rnd"))
          .isNotEqualTo(requests.get(1).getHeader("x-iyzi-rnd"));
    }

    @Test
    void neitherKeyNorSignatureReachesTheWireLog() {
      answer(IyzicoSamples.SUCCESS);
      List<String> lines;
      try (WireLogCapture log = WireLogCapture.start(IyzicoGateway.WIRE_LOGGER)) {
        gateway().quote(IyzicoSamples.request("100.00"));
        lines = log.lines();
      }
      assertThat(lines).isNotEmpty();
      String authorization = server.getAllServeEvents().get(0).getRequest()
          .getHeader("Authorization");
      assertThat(String.join("\n", lines)).doesNotContain(IyzicoSamples.API_KEY,
          IyzicoSamples.SECRET_KEY, authorization.substring(IyzicoSignature.SCHEME.length()));
    }
  }

  @Nested
  class Request {

    @Test
    void sendsLocaleConversationBinAndPrice() {
      answer(IyzicoSamples.SUCCESS);
      answered(gateway().quote(IyzicoSamples.request("100.00")));
      server.verify(postRequestedFor(urlPathEqualTo(IyzicoSamples.PATH))
          .withRequestBody(matchingJsonPath("$.conversationId"))
          .withRequestBody(equalToJson(
              "{\"locale\":\"tr\",\"binNumber\":\"554960\",\"price\":100.00,"
                  + "\"conversationId\":\"${json-unit.any-string}\"}")));
    }

    @Test
    void withoutABinNoBinNumberIsSentAndPlansArePerCardFamily() {
      answer(IyzicoSamples.SUCCESS);
      InstallmentQuote quote = answered(gateway().quote(
          new InstallmentRequest(Money.parse("100.00", "TRY").get(), Option.none())));
      server.verify(postRequestedFor(urlPathEqualTo(IyzicoSamples.PATH))
          .withRequestBody(equalToJson("{\"locale\":\"tr\",\"price\":100.00,"
              + "\"conversationId\":\"${json-unit.any-string}\"}")));
      assertThat(quote.options()).allSatisfy(option ->
          assertThat(option.channel()).contains("Bonus"));
    }

    @Test
    void anotherCurrencyOrANonPositiveAmountIsRefusedBeforeSending() {
      ReadOutcome<InstallmentQuote> euros = gateway().quote(new InstallmentRequest(
          Money.parse("100.00", "EUR").get(), Option.none()));
      ReadOutcome<InstallmentQuote> zero = gateway().quote(IyzicoSamples.request("0.00"));
      assertThat(((ReadOutcome.Refused<InstallmentQuote>) euros).reason())
          .contains("TRY only").contains("not sent");
      assertThat(((ReadOutcome.Refused<InstallmentQuote>) zero).reason())
          .contains("positive amounts only");
      assertThat(server.getAllServeEvents()).isEmpty();
    }
  }

  @Nested
  class Answer {

    @Test
    void theCardKeepsAssociationFamilyBankKindTypeAndThreeDSecure() {
      answer(IyzicoSamples.SUCCESS);
      var card = answered(gateway().quote(IyzicoSamples.request("100.00"))).card();
      assertThat(card.bank()).contains("Garanti Bankası");
      assertThat(card.brand()).contains("MASTER_CARD");
      assertThat(card.family()).contains("Bonus");
      assertThat(card.kind()).isEqualTo(CardKind.INDIVIDUAL);
      assertThat(card.type()).isEqualTo(CardType.CREDIT);
      assertThat(card.threeDSecureRequired()).contains(false);
    }

    @Test
    void aCommercialCardThatForcesThreeDSecureSaysSo() {
      answer(IyzicoSamples.SUCCESS.replace("\"force3ds\":0", "\"force3ds\":1")
          .replace("\"commercial\":0", "\"commercial\":1")
          .replace("CREDIT_CARD", "PREPAID_CARD"));
      var card = answered(gateway().quote(IyzicoSamples.request("100.00"))).card();
      assertThat(card.kind()).isEqualTo(CardKind.COMMERCIAL);
      assertThat(card.type()).isEqualTo(CardType.PREPAID);
      assertThat(card.threeDSecureRequired()).contains(true);
    }

    @Test
    void plansCarryTheTotalTheDerivedRateAndAnUnknownCommission() {
      answer(IyzicoSamples.SUCCESS);
      List<InstallmentOption> options =
          answered(gateway().quote(IyzicoSamples.request("100.00"))).options().toJavaList();
      assertThat(options).extracting(InstallmentOption::count).containsExactly(1, 3);
      InstallmentOption three = options.get(1);
      assertThat(three.total()).isEqualTo(Money.parse("103.00", "TRY").get());
      assertThat(three.customerInterestRate()).isEqualByComparingTo(new BigDecimal("3"));
      assertThat(three.merchantCommissionRate()).as("iyzico does not report it").isEmpty();
      assertThat(three.schedule().map(Money::amount).toJavaList()).containsExactly(
          new BigDecimal("34.34"), new BigDecimal("34.33"), new BigDecimal("34.33"));
      assertThat(options.get(0).customerInterestRate()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void aFailureEnvelopeIsARefusalWithIyzicosCodeAndMessage() {
      answer(IyzicoSamples.FAILURE);
      ReadOutcome<InstallmentQuote> outcome = gateway().quote(IyzicoSamples.request("100.00"));
      assertThat(outcome).isInstanceOf(ReadOutcome.Refused.class);
      ReadOutcome.Refused<InstallmentQuote> refused = (ReadOutcome.Refused<InstallmentQuote>) outcome;
      assertThat(refused.answer().code()).contains("5");
      assertThat(refused.answer().message()).contains("Geçersiz istek");
    }

    @Test
    void anAnswerToAnotherConversationIsNotTrusted() {
      answer(IyzicoSamples.SUCCESS.replace(IyzicoSamples.ECHO, "someone-elses-conversation"));
      ReadOutcome<InstallmentQuote> outcome = gateway().quote(IyzicoSamples.request("100.00"));
      assertThat(outcome).isInstanceOf(ReadOutcome.Failed.class);
      assertThat(((ReadOutcome.Failed<InstallmentQuote>) outcome).reason())
          .contains("another conversation");
    }

    @Test
    void aTotalBelowThePriceFailsTheAnswer() {
      answer(IyzicoSamples.SUCCESS.replace("\"totalPrice\":103.0", "\"totalPrice\":99.0"));
      ReadOutcome<InstallmentQuote> outcome = gateway().quote(IyzicoSamples.request("100.00"));
      assertThat(((ReadOutcome.Failed<InstallmentQuote>) outcome).reason())
          .contains("installmentPrices[1].totalPrice 99.00 is below the price 100.00");
    }
  }

  @Nested
  class Configuration {

    @Test
    void bindsWithDefaultsAndReportsEveryProblem() {
      IyzicoConfig bound = IyzicoConfig.fromConfiguration(IyzicoConfig.SANDBOX_BASE_URL,
          Secret.of("k"), Secret.of("s"), " EN ", null);
      assertThat(bound.locale()).isEqualTo("en");
      assertThat(bound.problems()).isEmpty();
      assertThat(IyzicoConfig.fromConfiguration("http://iyzico.example.com", null, null, "de",
          null).problems().map(Object::toString)).containsExactly(
          "iyzico.baseUrl: must use https (plain http only for loopback hosts)",
          "iyzico.apiKey: is required", "iyzico.secretKey: is required",
          "iyzico.locale: must be tr or en");
      assertThat(bound.toString()).doesNotContain("k,").contains("Secret[****]");
    }
  }
}
