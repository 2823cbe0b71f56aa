package io.taksit.sandbox;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.taksit.domain.provider.ProviderId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A plain {@link HttpClient} speaking the wire page to a sandbox, standing in for the adapters in
 * these tests: each method sends exactly what {@code docs/providers-wire.md} says Taksit sends.
 */
final class SandboxClient {

  static final ObjectMapper JSON = Json.MAPPER;
  /** Teqpay's dialect: trailing commas allowed. */
  static final ObjectMapper LENIENT = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();

  final ProviderSandbox sandbox;
  final HttpClient http;
  private String momknToken;
  private String sipayToken;

  SandboxClient(ProviderSandbox sandbox) {
    this.sandbox = sandbox;
    this.http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(2))
        .build();
  }

  // --- plumbing ---------------------------------------------------------------------------

  HttpResponse<String> send(HttpRequest request) throws IOException {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpResponse<String> sendQuietly(HttpRequest request) {
    try {
      return send(request);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  HttpRequest.Builder request(ProviderId provider, String path) {
    return HttpRequest.newBuilder(URI.create(sandbox.baseUrl(provider) + path))
        .timeout(Duration.ofSeconds(10));
  }

  static HttpRequest.BodyPublisher json(Object body) {
    try {
      return HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode tree(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + response.body(), e);
    }
  }

  static Map<String, Object> body(Object... namesAndValues) {
    Map<String, Object> body = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      body.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return body;
  }

  // --- Momkn ------------------------------------------------------------------------------

  HttpResponse<String> momknAuthenticate(String accountId, String user, String password) {
    return sendQuietly(request(ProviderId.MOMKN, "/accounts/" + accountId + "/authenticate")
        .header("Content-Type", "application/json")
        .POST(json(body("UserName", user, "Password", password, "ChannelCategory", "1",
            "ChannelType", "API", "LocalDate", "2025-01-01T10:00:00", "Version", "1",
            "ServiceListVersion", "0")))
        .build());
  }

  String momknToken() {
    if (momknToken == null) {
      SandboxCredentials credentials = sandbox.credentials();
      momknToken = tree(momknAuthenticate(credentials.momknAccountId(),
          credentials.momknUserName(), credentials.momknPassword())).get("token").asText();
    }
    return momknToken;
  }

  void forgetTokens() {
    momknToken = null;
    sipayToken = null;
  }

  HttpRequest momknRequest(String operation, Map<String, Object> body) {
    return request(ProviderId.MOMKN, "/services/362/" + operation)
        .header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + momknToken())
        .POST(json(body))
        .build();
  }

  HttpResponse<String> momkn(String operation, Map<String, Object> body) {
    return sendQuietly(momknRequest(operation, body));
  }

  JsonNode momknInquiry(String account) {
    return tree(momkn("inquiry", body("BillingAccount", account,
        "localDate", "2025-01-01T10:00:00", "version", "1", "serviceListVersion", "0",
        "Data", java.util.List.of(body("Key", "billingAccount", "Value", account,
            "Name", "billingAccount")))));
  }

  /** The Brn of a fresh inquiry, as the text the answer carries. */
  String momknBrn(String account) {
    return momknInquiry(account).get("Brn").asText();
  }

  static Map<String, Object> momknPayment(String account, String brn, String amount, String key,
      boolean retry) {
    return body("billingAccount", account, "version", "1", "serviceListVersion", "0",
        "brn", Long.parseLong(brn), "Data", java.util.List.of(), "hostTransactionID", key,
        "isRetry", retry, "pmtMethod", "Cash", "compositeTransactionId", key,
        "amount", new BigDecimal(amount));
  }

  HttpResponse<String> momknPay(String account, String brn, String amount, String key,
      boolean retry) {
    return momkn("payment", momknPayment(account, brn, amount, key, retry));
  }

  JsonNode momknStatus(String key) {
    return tree(momkn("status", body("hostTransactionID", key, "version", "1",
        "serviceListVersion", "0")));
  }

  // --- Sipay ------------------------------------------------------------------------------

  HttpResponse<String> sipayTokenResponse(String clientId, String secret) {
    String form = "grant_type=client_credentials&client_id="
        + URLEncoder.encode(clientId, StandardCharsets.UTF_8) + "&client_secret="
        + URLEncoder.encode(secret, StandardCharsets.UTF_8);
    return sendQuietly(request(ProviderId.SIPAY, "/connect/token")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form))
        .build());
  }

  String sipayToken() {
    if (sipayToken == null) {
      sipayToken = tree(sipayTokenResponse(sandbox.credentials().sipayClientId(),
          sandbox.credentials().sipayClientSecret())).get("access_token").asText();
    }
    return sipayToken;
  }

  HttpRequest sipayRequest(String path, Map<String, Object> body) {
    return request(ProviderId.SIPAY, path)
        .header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + sipayToken())
        .header("x-client-id", sandbox.credentials().sipayClientId())
        .POST(json(body))
        .build();
  }

  HttpResponse<String> sipay(String path, Map<String, Object> body) {
    return sendQuietly(sipayRequest(path, body));
  }

  JsonNode sipayInquiry(String subscriber) {
    return tree(sipay("/v1/InvoicePayment/GetInvoicesByProductAndSubscriber",
        body("product_oid", DemoData.SIPAY_PRODUCT_OID, "subscriber_no1", subscriber,
            "subscriber_no2", "", "subscriber_no3", "")));
  }

  /** MakePayment of one inquiry row, from the given wallet. */
  static Map<String, Object> sipayPayment(JsonNode row, String wallet, String account,
      String extOrderId) {
    return body("tenant_id", 0, "account_type_id", 1, "account_number", account,
        "wallet_number", wallet,
        "inv_payment_transaction_query_oid", row.get("inv_payment_transaction_query_oid").asText(),
        "invoice_amount", row.get("invoice_amount").decimalValue(),
        "payment_amount", row.get("invoice_amount").decimalValue(),
        "product_oid", row.get("product_oid").asText(),
        "subscriber_no", row.get("subscriber_no1").asText(),
        "bill_term", row.get("bill_term").asText(), "bill_no", row.get("bill_no").asText(),
        "ext_order_id", extOrderId);
  }

  HttpResponse<String> sipayPay(JsonNode row, String extOrderId) {
    return sipay("/v1/InvoicePayment/MakePayment",
        sipayPayment(row, "2500025", "2800001", extOrderId));
  }
}
