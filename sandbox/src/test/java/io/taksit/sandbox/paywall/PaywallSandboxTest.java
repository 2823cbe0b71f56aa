package io.taksit.sandbox.paywall;

import static io.taksit.sandbox.SandboxClient.tree;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.taksit.sandbox.ProviderSandbox;
import io.taksit.sandbox.SandboxClient;
import io.taksit.sandbox.SandboxSettings;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Paywall's installment inquiry against the wire page. */
class PaywallSandboxTest {

  private ProviderSandbox sandbox;
  private SandboxClient client;

  @BeforeEach
  void start() {
    sandbox = ProviderSandbox.start();
    client = new SandboxClient(sandbox);
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private HttpResponse<String> asHeaders(Map<String, String> parameters) {
    HttpRequest.Builder request = client.request(PaywallSandbox.ID, "/installment")
        .header("apikeypublic", "paywall-sandbox-public-key")
        .header("apiclientpublic", "paywall-sandbox-public-client");
    parameters.forEach(request::header);
    return client.sendQuietly(request.GET().build());
  }

  private HttpResponse<String> asQuery(Map<String, String> parameters) {
    String query = parameters.entrySet().stream()
        .map(entry -> entry.getKey() + "=" + entry.getValue())
        .collect(Collectors.joining("&"));
    return client.sendQuietly(client.request(PaywallSandbox.ID, "/installment?" + query)
        .header("apikeypublic", "paywall-sandbox-public-key")
        .header("apiclientpublic", "paywall-sandbox-public-client")
        .GET().build());
  }

  private static List<Integer> counts(JsonNode answer) {
    List<Integer> counts = new ArrayList<>();
    answer.get("Body").get("Options").forEach(option -> counts.add(option.get("Installment")
        .asInt()));
    return counts;
  }

  @Test
  void aBinGetsItsCardAndTheCheapestRowPerCount() {
    HttpResponse<String> response = asHeaders(Map.of("currencyid", "1", "amount", "1250.50",
        "binnumber", "454360", "distinctduplicates", "true"));

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode answer = tree(response);
    assertThat(answer.get("ErrorCode").asInt()).isZero();
    assertThat(answer.get("Result").asBoolean()).isTrue();
    assertThat(answer.get("ErrorCodeType").asInt()).isEqualTo(1);
    assertThat(answer.get("ErrorMessage").isNull()).isTrue();
    JsonNode body = answer.get("Body");
    assertThat(body.get("CardBank").asText()).isEqualTo("T. GARANTİ BANKASI A.Ş.");
    assertThat(body.get("CardBrand").asText()).isEqualTo("Visa");
    assertThat(body.get("CardFamily").asText()).isEqualTo("Bonus");
    assertThat(body.get("CardKind").asText()).isEqualTo("Bireysel Kart");
    assertThat(body.get("CardType").asText()).isEqualTo("Credit");
    assertThat(counts(answer)).containsExactly(1, 2, 3, 6, 9, 12);
    JsonNode three = body.get("Options").get(2);
    assertThat(three.fieldNames()).toIterable().containsExactly("PaymentGatewayId",
        "PaymentGatewayName", "Installment", "Commission", "Interest", "RawAmount",
        "InterestAmount");
    assertThat(three.get("PaymentGatewayName").asText()).isEqualTo("Param Sanal POS");
    assertThat(three.get("Interest").decimalValue()).isEqualTo(new BigDecimal("2.60"));
    assertThat(three.get("RawAmount").decimalValue()).isEqualTo(new BigDecimal("1250.50"));
    assertThat(three.get("InterestAmount").decimalValue()).isEqualTo(new BigDecimal("1283.01"));
    assertThat(response.body()).contains("\"RawAmount\":1250.50");
  }

  @Test
  void withoutDistinctDuplicatesEveryGatewayRowIsListed() {
    JsonNode answer = tree(asHeaders(Map.of("currencyid", "1", "amount", "100",
        "binnumber", "454360", "distinctduplicates", "false")));

    assertThat(counts(answer)).containsExactly(1, 1, 2, 3, 3, 6, 6, 9, 12);
  }

  @Test
  void parametersMayComeAsAQueryString() {
    Map<String, String> parameters = Map.of("currencyid", "1", "amount", "1250.50",
        "binnumber", "552879", "distinctduplicates", "true");

    assertThat(asQuery(parameters).body()).isEqualTo(asHeaders(parameters).body());
    assertThat(tree(asQuery(parameters)).get("Body").get("CardFamily").asText())
        .isEqualTo("Paraf");
  }

  @Test
  void withoutABinTheGenericTableAnswers() {
    JsonNode answer = tree(asHeaders(Map.of("currencyid", "1", "amount", "500.00",
        "distinctduplicates", "true")));

    assertThat(answer.get("Body").get("CardBank").isNull()).isTrue();
    assertThat(answer.get("Body").get("CardFamily").isNull()).isTrue();
    assertThat(counts(answer)).containsExactly(1, 2, 3, 6);
  }

  @Test
  void anUnknownBinHasNoBodyADebitBinOneOption() {
    JsonNode unknown = tree(asHeaders(Map.of("currencyid", "1", "amount", "500.00",
        "binnumber", "411111", "distinctduplicates", "true")));
    JsonNode debit = tree(asHeaders(Map.of("currencyid", "1", "amount", "500.00",
        "binnumber", "402277", "distinctduplicates", "true")));

    assertThat(unknown.get("ErrorCode").asInt()).isZero();
    assertThat(unknown.get("Body").isNull()).isTrue();
    assertThat(debit.get("Body").get("CardFamily").isNull()).isTrue();
    assertThat(debit.get("Body").get("CardType").asText()).isEqualTo("Debit");
    assertThat(counts(debit)).containsExactly(1);
  }

  @Test
  void posIdKeepsOneGateway() {
    JsonNode answer = tree(asHeaders(Map.of("currencyid", "1", "amount", "500.00",
        "binnumber", "454360", "distinctduplicates", "false", "posid", "4150")));

    assertThat(counts(answer)).containsExactly(1, 3, 6);
  }

  @Test
  void wrongKeysAre401() {
    HttpResponse<String> response = client.sendQuietly(
        client.request(PaywallSandbox.ID, "/installment?currencyid=1&amount=10"
                + "&distinctduplicates=true")
            .header("apikeypublic", "wrong").header("apiclientpublic", "wrong").GET().build());

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(tree(response).get("Result").asBoolean()).isFalse();
  }

  @Test
  void badParametersAndOtherCurrenciesAreRefusedInTheEnvelope() {
    JsonNode missing = tree(asHeaders(Map.of("amount", "500.00", "distinctduplicates", "true")));
    JsonNode commaAmount = tree(asHeaders(Map.of("currencyid", "1", "amount", "500,00",
        "distinctduplicates", "true")));
    JsonNode dollars = tree(asHeaders(Map.of("currencyid", "2", "amount", "500.00",
        "distinctduplicates", "true")));

    assertThat(missing.get("ErrorCode").asInt()).isEqualTo(2);
    assertThat(missing.get("Result").asBoolean()).isFalse();
    assertThat(missing.get("Message").asText()).contains("currencyid");
    assertThat(commaAmount.get("ErrorCode").asInt()).isEqualTo(2);
    assertThat(dollars.get("ErrorCode").asInt()).isEqualTo(8);
  }

  @Test
  void theOlderShapeLacksTheGatewayAndErrorTypeFields() {
    try (ProviderSandbox older = ProviderSandbox.start(SandboxSettings.defaults()
        .withProviderData(PaywallSandbox.ID,
            PaywallDemo.table().withShape(PaywallShape.OLDER)))) {
      SandboxClient olderClient = new SandboxClient(older);
      JsonNode answer = tree(olderClient.sendQuietly(olderClient.request(PaywallSandbox.ID,
              "/installment?currencyid=1&amount=30.00&binnumber=552879&distinctduplicates=true")
          .header("apikeypublic", "paywall-sandbox-public-key")
          .header("apiclientpublic", "paywall-sandbox-public-client").GET().build()));

      assertThat(answer.has("ErrorCodeType")).isFalse();
      assertThat(answer.has("ErrorMessage")).isFalse();
      assertThat(answer.get("Body").get("Options").get(0).fieldNames()).toIterable()
          .containsExactly("Installment", "Commission", "Interest", "RawAmount",
              "InterestAmount");
    }
  }
}
