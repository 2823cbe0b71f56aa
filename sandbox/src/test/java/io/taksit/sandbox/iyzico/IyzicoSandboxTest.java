package io.taksit.sandbox.iyzico;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.taksit.sandbox.ProviderSandbox;
import io.taksit.sandbox.SandboxClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** iyzico's installment inquiry in the sandbox: signatures verified, plans from its table. */
class IyzicoSandboxTest {

  private static final String PATH = IyzicoEndpoint.INSTALLMENT_PATH;
  private static final IyzicoCredentials KEYS = IyzicoCredentials.demo();

  private static ProviderSandbox sandbox;
  private static SandboxClient client;

  @BeforeAll
  static void start() {
    sandbox = ProviderSandbox.start();
    client = new SandboxClient(sandbox);
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  /** A request signed as iyzico's clients sign: HMAC-SHA256 over random key, path and body. */
  private static HttpRequest signed(String body, String apiKey, String secretKey, String signedBody) {
    String randomKey = "1700000000000123456789";
    String signature = hmac(secretKey, randomKey + PATH + signedBody);
    String content = "apiKey:" + apiKey + "&randomKey:" + randomKey + "&signature:" + signature;
    return client.request(IyzicoSandbox.ID, PATH)
        .header("Content-Type", "application/json")
        .header("x-iyzi-rnd", randomKey)
        .header("Authorization", "IYZWSv2 " + Base64.getEncoder().encodeToString(
            content.getBytes(StandardCharsets.UTF_8)))
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
  }

  private static HttpRequest signed(String body) {
    return signed(body, KEYS.apiKey(), KEYS.secretKey(), body);
  }

  private static String hmac(String key, String data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aSignedInquiryForAKnownBinHasItsCardAndPlansAndEchoesTheConversation() throws Exception {
    HttpResponse<String> answer = client.send(signed(
        "{\"locale\":\"tr\",\"conversationId\":\"c-1\",\"binNumber\":\"454360\",\"price\":1000.00}"));

    assertThat(answer.statusCode()).isEqualTo(200);
    JsonNode body = SandboxClient.tree(answer);
    assertThat(body.get("status").asText()).isEqualTo("success");
    assertThat(body.get("conversationId").asText()).isEqualTo("c-1");
    JsonNode detail = body.get("installmentDetails").get(0);
    assertThat(detail.get("binNumber").asText()).isEqualTo("454360");
    assertThat(detail.get("cardAssociation").asText()).isEqualTo("VISA");
    assertThat(detail.get("cardFamilyName").asText()).isEqualTo("Bonus");
    assertThat(detail.get("commercial").asInt()).isZero();
    assertThat(detail.get("price").decimalValue()).isEqualByComparingTo("1000.00");
    JsonNode twelve = detail.get("installmentPrices").get(5);
    assertThat(twelve.get("installmentNumber").asInt()).isEqualTo(12);
    assertThat(twelve.get("totalPrice").decimalValue()).isEqualByComparingTo("1105.00");
    assertThat(twelve.get("installmentPrice").decimalValue()).isEqualByComparingTo("92.08");
    assertThat(sandbox.requestCount()).isPositive();
  }

  @Test
  void anyRequestWhoseSignatureDoesNotVerifyIs401() throws Exception {
    String body = "{\"locale\":\"tr\",\"conversationId\":\"c-2\",\"binNumber\":\"454360\",\"price\":10}";
    List<HttpResponse<String>> refused = new ArrayList<>();
    refused.add(client.send(signed(body, KEYS.apiKey(), "another-secret", body)));
    refused.add(client.send(signed(body, "another-key", KEYS.secretKey(), body)));
    refused.add(client.send(signed(body, KEYS.apiKey(), KEYS.secretKey(),
        body.replace("10", "1"))));
    refused.add(client.send(client.request(IyzicoSandbox.ID, PATH)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build()));

    assertThat(refused).allSatisfy(answer -> {
      assertThat(answer.statusCode()).isEqualTo(401);
      assertThat(SandboxClient.tree(answer).get("status").asText()).isEqualTo("failure");
      assertThat(answer.body()).doesNotContain(KEYS.secretKey());
    });
  }

  @Test
  void anUnknownBinOrABadPriceIsAFailureEnvelopeWithHttp200() throws Exception {
    HttpResponse<String> unknown = client.send(signed(
        "{\"locale\":\"en\",\"conversationId\":\"c-3\",\"binNumber\":\"999999\",\"price\":10}"));
    HttpResponse<String> noPrice = client.send(signed(
        "{\"locale\":\"tr\",\"conversationId\":\"c-4\",\"binNumber\":\"454360\",\"price\":0}"));

    assertThat(unknown.statusCode()).isEqualTo(200);
    assertThat(SandboxClient.tree(unknown).get("errorCode").asText())
        .isEqualTo(IyzicoEndpoint.UNKNOWN_BIN);
    assertThat(SandboxClient.tree(unknown).get("conversationId").asText()).isEqualTo("c-3");
    assertThat(SandboxClient.tree(noPrice).get("errorCode").asText())
        .isEqualTo(IyzicoEndpoint.INVALID_REQUEST);
  }

  @Test
  void withoutABinItAnswersADetailPerCreditCardFamily() throws Exception {
    JsonNode body = SandboxClient.tree(client.send(signed(
        "{\"locale\":\"tr\",\"conversationId\":\"c-5\",\"price\":100}")));

    List<String> families = new ArrayList<>();
    body.get("installmentDetails").forEach(detail ->
        families.add(detail.get("cardFamilyName").asText()));
    assertThat(families).containsExactly("Bonus", "Paraf", "Maximum");
  }

  @Test
  void itsReadyConfigurationCarriesTheBaseUrlAndTheDemoKeys() {
    JsonNode section = sandbox.configuration().get("providers").get("iyzico");
    assertThat(section.get("baseUrl").asText())
        .isEqualTo("http://127.0.0.1:" + sandbox.port() + IyzicoEndpoint.BASE_PATH);
    assertThat(section.get("apiKey").asText()).isEqualTo(KEYS.apiKey());
    assertThat(section.get("secretKey").asText()).isEqualTo(KEYS.secretKey());
    assertThat(KEYS.toString()).doesNotContain(KEYS.apiKey(), KEYS.secretKey());
  }
}
