package io.taksit.sandbox;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.taksit.domain.provider.ProviderId;
import io.taksit.sandbox.momkn.MomknCredentials;
import io.taksit.sandbox.momkn.MomknEndpoint;
import io.taksit.sandbox.momkn.MomknSandbox;
import io.taksit.sandbox.sipay.SipayCredentials;
import io.taksit.sandbox.sipay.SipayDemo;
import io.taksit.sandbox.sipay.SipayEndpoint;
import io.taksit.sandbox.sipay.SipaySandbox;
import io.taksit.sandbox.support.Json;
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
 * Public: the providers' tests live in their own packages.
 */
public final class SandboxClient {

  public static final ObjectMapper JSON = Json.MAPPER;
  /** Teqpay's dialect: trailing commas allowed. */
  public static final ObjectMapper LENIENT = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();

  public final ProviderSandbox sandbox;
  public final HttpClient http;
  private String momknToken;
  private String sipayToken;

  public SandboxClient(ProviderSandbox sandbox) {
    this.sandbox = sandbox;
    this.http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(2))
        .build();
  }

  // --- plumbing ---------------------------------------------------------------------------

  public HttpResponse<String> send(HttpRequest request) throws IOException {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public HttpResponse<String> sendQuietly(HttpRequest request) {
    try {
      return send(request);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public HttpRequest.Builder request(ProviderId provider, String path) {
    return HttpRequest.newBuilder(URI.create(sandbox.baseUrl(provider) + path))
        .timeout(Duration.ofSeconds(10));
  }

  public static HttpRequest.BodyPublisher json(Object body) {
    try {
      return HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static JsonNode tree(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + response.body(), e);
    }
  }

  public static Map<String, Object> body(Object... namesAndValues) {
    Map<String, Object> body = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      body.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return body;
  }

  // --- Momkn ------------------------------------------------------------------------------

  private MomknCredentials momknCredentials() {
    return sandbox.endpoint(MomknSandbox.ID, MomknEndpoint.class).credentials();
  }

  public HttpResponse<String> momknAuthenticate(String accountId, String user, String password) {
    return sendQuietly(request(MomknSandbox.ID, "/accounts/" + accountId + "/authenticate")
        .header("Content-Type", "application/json")
        .POST(json(body("UserName", user, "Password", password, "ChannelCategory", "1",
            "ChannelType", "API", "LocalDate", "2025-01-01T10:00:00", "Version", "1",
            "ServiceListVersion", "0")))
        .build());
  }

  public String momknToken() {
    if (momknToken == null) {
      MomknCredentials credentials = momknCredentials();
      momknToken = tree(momknAuthenticate(credentials.accountId(),
          credentials.userName(), credentials.password())).get("token").asText();
    }
    return momknToken;
  }

  public void forgetTokens() {
    momknToken = null;
    sipayToken = null;
  }

  public HttpRequest momknRequest(String operation, Map<String, Object> body) {
    return request(MomknSandbox.ID, "/services/362/" + operation)
        .header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + momknToken())
        .POST(json(body))
        .build();
  }

  public HttpResponse<String> momkn(String operation, Map<String, Object> body) {
    return sendQuietly(momknRequest(operation, body));
  }

  public JsonNode momknInquiry(String account) {
    return tree(momkn("inquiry", body("BillingAccount", account,
        "localDate", "2025-01-01T10:00:00", "version", "1", "serviceListVersion", "0",
        "Data", java.util.List.of(body("Key", "billingAccount", "Value", account,
            "Name", "billingAccount")))));
  }

  /** The Brn of a fresh inquiry, as the text the answer carries. */
  public String momknBrn(String account) {
    return momknInquiry(account).get("Brn").asText();
  }

  public static Map<String, Object> momknPayment(String account, String brn, String amount,
      String key, boolean retry) {
    return body("billingAccount", account, "version", "1", "serviceListVersion", "0",
        "brn", Long.parseLong(brn), "Data", java.util.List.of(), "hostTransactionID", key,
        "isRetry", retry, "pmtMethod", "Cash", "compositeTransactionId", key,
        "amount", new BigDecimal(amount));
  }

  public HttpResponse<String> momknPay(String account, String brn, String amount, String key,
      boolean retry) {
    return momkn("payment", momknPayment(account, brn, amount, key, retry));
  }

  public JsonNode momknStatus(String key) {
    return tree(momkn("status", body("hostTransactionID", key, "version", "1",
        "serviceListVersion", "0")));
  }

  // --- Sipay ------------------------------------------------------------------------------

  private SipayCredentials sipayCredentials() {
    return sandbox.endpoint(SipaySandbox.ID, SipayEndpoint.class).credentials();
  }

  public HttpResponse<String> sipayTokenResponse(String clientId, String secret) {
    String form = "grant_type=client_credentials&client_id="
        + URLEncoder.encode(clientId, StandardCharsets.UTF_8) + "&client_secret="
        + URLEncoder.encode(secret, StandardCharsets.UTF_8);
    return sendQuietly(request(SipaySandbox.ID, "/connect/token")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form))
        .build());
  }

  public String sipayToken() {
    if (sipayToken == null) {
      sipayToken = tree(sipayTokenResponse(sipayCredentials().clientId(),
          sipayCredentials().clientSecret())).get("access_token").asText();
    }
    return sipayToken;
  }

  public HttpRequest sipayRequest(String path, Map<String, Object> body) {
    return request(SipaySandbox.ID, path)
        .header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + sipayToken())
        .header("x-client-id", sipayCredentials().clientId())
        .POST(json(body))
        .build();
  }

  public HttpResponse<String> sipay(String path, Map<String, Object> body) {
    return sendQuietly(sipayRequest(path, body));
  }

  public JsonNode sipayInquiry(String subscriber) {
    return tree(sipay("/v1/InvoicePayment/GetInvoicesByProductAndSubscriber",
        body("product_oid", SipayDemo.PRODUCT_OID, "subscriber_no1", subscriber,
            "subscriber_no2", "", "subscriber_no3", "")));
  }

  /** MakePayment of one inquiry row, from the given wallet. */
  public static Map<String, Object> sipayPayment(JsonNode row, String wallet, String account,
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

  public HttpResponse<String> sipayPay(JsonNode row, String extOrderId) {
    return sipay("/v1/InvoicePayment/MakePayment",
        sipayPayment(row, "2500025", "2800001", extOrderId));
  }
}
