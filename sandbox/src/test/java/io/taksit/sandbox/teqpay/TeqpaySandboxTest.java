package io.taksit.sandbox.teqpay;

import static io.taksit.sandbox.SandboxClient.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.taksit.sandbox.ProviderSandbox;
import io.taksit.sandbox.SandboxClient;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Teqpay's installment information against the wire page, in Teqpay's own dialect. */
class TeqpaySandboxTest {

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

  private HttpResponse<String> quote(Map<String, Object> body, String apiKey) {
    return client.sendQuietly(client.request(TeqpaySandbox.ID, "/installmentinfo")
        .header("Content-Type", "application/json")
        .header("ApiKey", apiKey)
        .header("SecretKey", "teqpay-sandbox-secret")
        .POST(SandboxClient.json(body)).build());
  }

  private HttpResponse<String> quote(String cardNo, String price) {
    return quote(body("cardNo", cardNo, "price", price, "language", "TR"),
        "3f0126be-5a1d-4c2e-9b7f-06025352594a");
  }

  private static JsonNode lenient(HttpResponse<String> response) throws JsonProcessingException {
    return SandboxClient.LENIENT.readTree(response.body());
  }

  @Test
  void amountsAreTurkishStringsAndObjectsEndWithTrailingCommas() throws Exception {
    HttpResponse<String> response = quote("454360", "1250.50");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .startsWith("{\n    \"Details\": [{\n        \"Installment\": \"1\",\n")
        .contains("        \"Price\": \"1.250,50\",\n")
        .contains("        \"AmountToPaid\": \"1.250,50\",\n    },\n    {\n")
        .contains("    ],\n    \"Result\": true,\n    \"ResultCode\": 10000,\n")
        .endsWith("    \"ResultMessage\": \"Başarıyla tamamlandı.\",\n}\n");
    assertThatThrownBy(() -> SandboxClient.JSON.readTree(response.body()))
        .isInstanceOf(JsonProcessingException.class);

    JsonNode answer = lenient(response);
    assertThat(answer.get("Result").asBoolean()).isTrue();
    assertThat(answer.get("ResultCode").asInt()).isEqualTo(10000);
    JsonNode details = answer.get("Details");
    assertThat(details).hasSize(6);
    JsonNode one = details.get(0);
    assertThat(one.get("Installment").asText()).isEqualTo("1");
    assertThat(one.get("TotalPrice").asText()).isEqualTo("1.250,50");
    assertThat(one.get("ProcessingFee").asText()).isEqualTo("0,00");
    assertThat(one.get("CommissionType").asText()).isEqualTo("Komisyon İçinde");
    assertThat(one.get("MerchantSaleRate").asText()).isEqualTo("1,89");
    JsonNode twelve = details.get(5);
    assertThat(twelve.get("Installment").asText()).isEqualTo("12");
    assertThat(twelve.get("Price").asText()).isEqualTo("1.250,50");
    // 1,250.50 × 1.124 = 1,405.562 → 1.405,56; / 12 = 117.13
    assertThat(twelve.get("TotalPrice").asText()).isEqualTo("1.405,56");
    assertThat(twelve.get("AmountToPaid").asText()).isEqualTo("117,13");
    assertThat(twelve.get("MerchantSaleRate").asText()).isEqualTo("9,99");
  }

  @Test
  void theSeedsRowComesOutAsDocumented() throws Exception {
    // 979206, 12 installments, commission inside: Teqpay's sample row for 500,00.
    JsonNode twelve = lenient(quote("979206", "500.00")).get("Details").get(5);

    assertThat(twelve.get("Price").asText()).isEqualTo("500,00");
    assertThat(twelve.get("TotalPrice").asText()).isEqualTo("500,00");
    assertThat(twelve.get("MerchantSaleRate").asText()).isEqualTo("16,75");
    assertThat(twelve.get("AmountToPaid").asText()).isEqualTo("41,67");
  }

  @Test
  void aFullCardNumberIsQuotedByItsBin() throws Exception {
    assertThat(lenient(quote("4543600000000006", "100.00")).get("Details")).hasSize(6);
  }

  @Test
  void wrongKeysAre401() throws Exception {
    HttpResponse<String> response = quote(body("cardNo", "454360", "price", "10.00"), "wrong");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(lenient(response).get("Result").asBoolean()).isFalse();
  }

  @Test
  void badInputAndUnknownCardsAreRefusedWithACode() throws Exception {
    JsonNode shortCard = lenient(quote("45436", "10.00"));
    JsonNode commaPrice = lenient(quote("454360", "10,00"));
    JsonNode unknown = lenient(quote("411111", "10.00"));
    JsonNode english = lenient(quote(body("cardNo", "411111", "price", "10.00",
        "language", "EN"), "3f0126be-5a1d-4c2e-9b7f-06025352594a"));

    assertThat(shortCard.get("Result").asBoolean()).isFalse();
    assertThat(shortCard.get("ResultCode").asInt()).isEqualTo(TeqpayEndpoint.INVALID_CARD_NUMBER);
    assertThat(commaPrice.get("ResultCode").asInt()).isEqualTo(TeqpayEndpoint.INVALID_PRICE);
    assertThat(unknown.get("ResultCode").asInt()).isEqualTo(TeqpayEndpoint.UNKNOWN_CARD);
    assertThat(english.get("ResultMessage").asText())
        .isEqualTo("No installment information for this card");
  }

  @Test
  void aNumericPriceIsAcceptedToo() throws Exception {
    JsonNode answer = lenient(quote(body("cardNo", "552879",
        "price", new java.math.BigDecimal("1000000.00"), "language", "TR"),
        "3f0126be-5a1d-4c2e-9b7f-06025352594a"));

    assertThat(answer.get("Details").get(0).get("Price").asText()).isEqualTo("1.000.000,00");
  }
}
