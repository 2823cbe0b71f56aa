package io.taksit.sandbox.momkn;

import static io.taksit.sandbox.SandboxClient.body;
import static io.taksit.sandbox.SandboxClient.tree;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.taksit.sandbox.Charge;
import io.taksit.sandbox.Fault;
import io.taksit.sandbox.FaultPlan;
import io.taksit.sandbox.ProviderSandbox;
import io.taksit.sandbox.SandboxClient;
import io.taksit.sandbox.SandboxOperation;
import io.taksit.sandbox.SandboxSettings;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Momkn service 362 against the wire page: authenticate, inquiry, fees, payment, status. */
class MomknSandboxTest {

  private static final String MONA = "1000000101";
  private static final String KARIM = "1000000102";
  private static final String HEBA = "1000000103";

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

  @Test
  void authenticateAnswersATokenAndItsLifetime() {
    HttpResponse<String> response = client.momknAuthenticate("10001", "taksit-demo",
        "momkn-sandbox-password");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode answer = tree(response);
    assertThat(answer.get("Code").asInt()).isZero();
    assertThat(answer.get("Message").asText()).isEmpty();
    assertThat(answer.get("token").asText()).hasSizeGreaterThan(20);
    assertThat(answer.get("expiresIn").asLong()).isEqualTo(900);
  }

  @Test
  void wrongCredentialsOrAccountAre401() {
    assertThat(client.momknAuthenticate("10001", "taksit-demo", "guess").statusCode())
        .isEqualTo(401);
    HttpResponse<String> otherAccount =
        client.momknAuthenticate("10002", "taksit-demo", "momkn-sandbox-password");
    assertThat(otherAccount.statusCode()).isEqualTo(401);
    assertThat(tree(otherAccount).get("Message").asText()).startsWith("UnauthorizedException");
  }

  @Test
  void callsWithoutAValidBearerTokenAre401() throws Exception {
    HttpRequest noToken = client.request(MomknSandbox.ID, "/services/362/inquiry")
        .header("Content-Type", "application/json")
        .POST(SandboxClient.json(body("BillingAccount", MONA)))
        .build();
    HttpRequest badToken = client.request(MomknSandbox.ID, "/services/362/inquiry")
        .header("Content-Type", "application/json")
        .header("Authorization", "Bearer not-a-token")
        .POST(SandboxClient.json(body("BillingAccount", MONA)))
        .build();

    assertThat(client.send(noToken).statusCode()).isEqualTo(401);
    assertThat(client.send(badToken).statusCode()).isEqualTo(401);
  }

  private HttpResponse<String> catalog(String version, boolean withHeaders, boolean withToken)
      throws Exception {
    HttpRequest.Builder request = client.request(MomknSandbox.ID, "/categories/" + version);
    if (withToken) {
      request.header("Authorization", "Bearer " + client.momknToken());
    }
    if (withHeaders) {
      request.header("UserName", "taksit-demo").header("ChannelIdentifier", "taksit-demo")
          .header("ServiceListVersion", version);
    }
    return client.send(request.GET().build());
  }

  private static java.util.List<Integer> serviceIds(JsonNode catalog) {
    java.util.List<Integer> ids = new java.util.ArrayList<>();
    catalog.at("/serviceList/serviceCategory/0/services")
        .forEach(service -> ids.add(service.get("serviceID").asInt()));
    return ids;
  }

  @Test
  void theCatalogListsEveryServiceFromZeroAndOnlyWhatChangedSinceALaterVersion()
      throws Exception {
    JsonNode full = tree(catalog("0", true, true));
    JsonNode sinceTwo = tree(catalog("2", true, true));
    JsonNode current = tree(catalog("3", true, true));

    assertThat(full.get("code").asInt()).isZero();
    assertThat(full.get("serviceListVersion").asText()).isEqualTo("3");
    assertThat(serviceIds(full)).containsExactly(362, 363, 364, 365);
    JsonNode takka = full.at("/serviceList/serviceCategory/0/services/0");
    assertThat(takka.get("minValue").decimalValue()).isEqualByComparingTo("1");
    assertThat(takka.get("maxValue").decimalValue()).isEqualByComparingTo("1000000000");
    assertThat(takka.get("interval").decimalValue()).isEqualByComparingTo("5");
    assertThat(takka.at("/serviceParameter/0/key").asText()).isEqualTo("billingAccount");
    assertThat(serviceIds(sinceTwo)).containsExactly(365);
    assertThat(serviceIds(current)).isEmpty();
    assertThat(current.get("serviceListVersion").asText()).isEqualTo("3");
  }

  @Test
  void theCatalogWantsATokenItsHeadersAndAWholeVersion() throws Exception {
    assertThat(catalog("0", true, false).statusCode()).isEqualTo(401);
    assertThat(catalog("0", false, true).statusCode()).isEqualTo(400);
    HttpResponse<String> notAVersion = catalog("v1", true, true);
    assertThat(notAVersion.statusCode()).isEqualTo(400);
    assertThat(tree(notAVersion).get("Code").asInt()).isEqualTo(-13);
  }

  @Test
  void inquiryOfATakkaInstallmentIssuesABrn() {
    HttpResponse<String> response = client.momkn("inquiry", body("BillingAccount", MONA,
        "localDate", "2025-01-01T10:00:00", "version", "1", "serviceListVersion", "0",
        "Data", java.util.List.of(body("Key", "billingAccount", "Value", MONA))));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"TotalAmount\":250.00");
    JsonNode answer = tree(response);
    assertThat(answer.get("Code").asInt()).isZero();
    assertThat(answer.get("Brn").isIntegralNumber()).isTrue();
    assertThat(answer.get("Data").toString()).isEqualTo("[{\"Key\":\"CustomerName\","
        + "\"Value\":\"Mona Adel Hassan\"},{\"Key\":\"Installment\",\"Value\":\"240.00\"},"
        + "{\"Key\":\"Penalty\",\"Value\":\"10.00\"}]");
    JsonNode invoice = answer.get("invoices").get(0);
    assertThat(answer.get("invoices")).hasSize(1);
    assertThat(invoice.get("Sequence").asInt()).isEqualTo(1);
    assertThat(invoice.get("alias").asText()).isEqualTo("Installment 4/12");
    assertThat(invoice.get("amount").decimalValue()).isEqualTo(new BigDecimal("250.00"));
    assertThat(invoice.get("minAmount").decimalValue()).isEqualTo(new BigDecimal("250.00"));
    assertThat(invoice.get("maxAmount").decimalValue()).isEqualTo(new BigDecimal("250.00"));
    assertThat(invoice.get("mandatory").asBoolean()).isTrue();
    assertThat(invoice.get("Data").get(0).get("Key").asText()).isEqualTo("DueDate");
    assertThat(LocalDate.parse(invoice.get("Data").get(0).get("Value").asText()))
        .isEqualTo(LocalDate.now().minusDays(5));
    assertThat(client.momknBrn(MONA)).isNotEqualTo(answer.get("Brn").asText());
  }

  @Test
  void inquiryListsTwoInvoicesOldestFirst() {
    JsonNode answer = client.momknInquiry(KARIM);

    assertThat(answer.get("TotalAmount").decimalValue()).isEqualTo(new BigDecimal("305.00"));
    assertThat(answer.get("invoices")).hasSize(2);
    assertThat(answer.get("invoices").get(0).get("amount").decimalValue())
        .isEqualTo(new BigDecimal("155.00"));
    assertThat(answer.get("invoices").get(1).get("alias").asText()).isEqualTo("Installment 8/10");
    assertThat(answer.get("invoices").get(1).get("mandatory").asBoolean()).isFalse();
  }

  @Test
  void unknownAccountOrServiceIsNoData() {
    JsonNode unknown = client.momknInquiry("1000000999");
    assertThat(unknown.get("Code").asInt()).isEqualTo(-16);
    assertThat(unknown.has("Brn")).isFalse();

    HttpResponse<String> otherService = client.sendQuietly(
        client.request(MomknSandbox.ID, "/services/363/inquiry")
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + client.momknToken())
            .POST(SandboxClient.json(body("BillingAccount", MONA))).build());
    assertThat(tree(otherService).get("Code").asInt()).isEqualTo(-16);
  }

  @Test
  void feesFollowTheDocumentedRule() {
    String brn = client.momknBrn(MONA);

    HttpResponse<String> response = client.momkn("fees", body("amount", new BigDecimal("250.00"),
        "version", "1", "serviceListVersion", "0", "brn", Long.parseLong(brn),
        "Data", java.util.List.of()));

    assertThat(response.body()).isEqualTo("{\"Code\":0,\"Message\":\"Success\",\"amount\":250.00,"
        + "\"fees\":4.50,\"taxes\":0.63,\"discount\":0.00,\"totalAmount\":255.13,\"brn\":" + brn
        + "}");
  }

  @Test
  void offStepAmountIsABadRequest() {
    String brn = client.momknBrn(MONA);

    HttpResponse<String> fees = client.momkn("fees", body("amount", new BigDecimal("252.00"),
        "brn", Long.parseLong(brn)));
    HttpResponse<String> payment = client.momknPay(MONA, brn, "252.00", "p-off-step", false);

    assertThat(fees.statusCode()).isEqualTo(400);
    assertThat(tree(fees).get("Code").asInt()).isEqualTo(-13);
    assertThat(tree(fees).get("Message").asText()).contains("multiple of 5");
    assertThat(payment.statusCode()).isEqualTo(400);
    assertThat(sandbox.ledger().count()).isZero();
    assertThat(client.momknStatus("p-off-step").get("Status").asText()).isEqualTo("NotFound");
  }

  @Test
  void paymentChargesOnceAndTheNextInstallmentFallsDue() {
    String brn = client.momknBrn(MONA);

    HttpResponse<String> response = client.momknPay(MONA, brn, "250.00", "pay-1", false);

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode answer = tree(response);
    assertThat(answer.get("Code").asInt()).isZero();
    assertThat(answer.get("Brn").asText()).isEqualTo(brn);
    assertThat(response.body()).contains("\"amount\":250.00");
    assertThat(answer.get("totalAvailableBalance").decimalValue())
        .isEqualTo(new BigDecimal("999744.87"));
    JsonNode receipt = answer.get("receipt").get(0);
    assertThat(receipt.get("title").get("serviceName").asText()).isEqualTo("أقساط");
    assertThat(receipt.get("body").get("data").toString()).contains("\"value\":\"255.13\"");
    assertThat(receipt.has("disclaimer")).isTrue();

    Charge charge = sandbox.ledger().byKey(MomknSandbox.ID, "pay-1").get();
    assertThat(charge.account()).isEqualTo(MONA);
    assertThat(charge.billReference()).isEqualTo(brn);
    assertThat(charge.amount()).isEqualTo(new BigDecimal("250.00"));
    assertThat(charge.fee()).isEqualTo(new BigDecimal("5.13"));
    assertThat(charge.currency()).isEqualTo("EGP");

    JsonNode next = client.momknInquiry(MONA);
    assertThat(next.get("TotalAmount").decimalValue()).isEqualTo(new BigDecimal("240.00"));
    assertThat(next.get("invoices").get(0).get("alias").asText()).isEqualTo("Installment 5/12");
  }

  @Test
  void retryWithTheSameKeyReplaysTheAnswerWithoutASecondCharge() {
    String brn = client.momknBrn(MONA);
    HttpResponse<String> first = client.momknPay(MONA, brn, "250.00", "pay-2", false);

    HttpResponse<String> retry = client.momknPay(MONA, brn, "250.00", "pay-2", true);

    assertThat(retry.statusCode()).isEqualTo(200);
    assertThat(retry.body()).isEqualTo(first.body());
    assertThat(sandbox.ledger().count()).isEqualTo(1);
  }

  @Test
  void sameKeyWithoutIsRetryIsAConflict() {
    String brn = client.momknBrn(MONA);
    client.momknPay(MONA, brn, "250.00", "pay-3", false);

    HttpResponse<String> again = client.momknPay(MONA, brn, "250.00", "pay-3", false);
    HttpResponse<String> otherAmount = client.momknPay(MONA, brn, "245.00", "pay-3", true);

    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(tree(again).get("Message").asText()).startsWith("ConflictException");
    assertThat(otherAmount.statusCode()).isEqualTo(409);
    assertThat(sandbox.ledger().count()).isEqualTo(1);
  }

  @Test
  void aSecondKeyOnAPaidBrnIsDeclinedNotCharged() {
    String brn = client.momknBrn(MONA);
    client.momknPay(MONA, brn, "250.00", "pay-4", false);

    JsonNode second = tree(client.momknPay(MONA, brn, "250.00", "pay-4-again", false));

    assertThat(second.get("Code").asInt()).isEqualTo(MomknBook.ALREADY_PAID);
    assertThat(sandbox.ledger().count()).isEqualTo(1);
    assertThat(sandbox.ledger().doubleCharges()).isEmpty();
    assertThat(client.momknStatus("pay-4-again").get("Status").asText()).isEqualTo("Failed");
  }

  @Test
  void statusReportsSuccessAndNotFound() {
    String brn = client.momknBrn(MONA);
    client.momknPay(MONA, brn, "250.00", "pay-5", false);

    JsonNode success = client.momknStatus("pay-5");
    JsonNode unknown = client.momknStatus("never-sent");

    assertThat(success.get("Code").asInt()).isZero();
    assertThat(success.get("Status").asText()).isEqualTo("Success");
    assertThat(success.get("Brn").asText()).isEqualTo(brn);
    assertThat(success.get("amount").decimalValue()).isEqualTo(new BigDecimal("250.00"));
    assertThat(success.get("receipt")).hasSize(1);
    assertThat(unknown.get("Status").asText()).isEqualTo("NotFound");
    assertThat(unknown.get("Code").asInt()).isEqualTo(-16);
  }

  @Test
  void statusIsPendingWhileThePaymentIsStillBeingProcessed() throws Exception {
    String brn = client.momknBrn(MONA);
    sandbox.faults(FaultPlan.scripted().next(MomknSandbox.ID, SandboxOperation.PAY,
        Fault.latency(Duration.ofMillis(1500))));

    CompletableFuture<HttpResponse<String>> slow = client.http.sendAsync(
        client.momknRequest("payment",
            SandboxClient.momknPayment(MONA, brn, "250.00", "pay-slow", false)),
        HttpResponse.BodyHandlers.ofString());
    Thread.sleep(200);

    assertThat(client.momknStatus("pay-slow").get("Status").asText()).isEqualTo("Pending");
    assertThat(slow.get().statusCode()).isEqualTo(200);
    assertThat(client.momknStatus("pay-slow").get("Status").asText()).isEqualTo("Success");
  }

  @Test
  void aRefusedAccountIsDeclinedAndTheRetryReplaysTheDecline() {
    String brn = client.momknBrn(HEBA);

    HttpResponse<String> declined = client.momknPay(HEBA, brn, "500.00", "pay-heba", false);
    HttpResponse<String> retry = client.momknPay(HEBA, brn, "500.00", "pay-heba", true);

    assertThat(tree(declined).get("Code").asInt()).isEqualTo(MomknBook.ACCOUNT_REFUSED);
    assertThat(tree(declined).get("Message").asText()).contains("frozen");
    assertThat(retry.body()).isEqualTo(declined.body());
    assertThat(sandbox.ledger().count()).isZero();
    assertThat(client.momknStatus("pay-heba").get("Status").asText()).isEqualTo("Failed");
  }

  @Test
  void unknownBrnIsNoDataAndLeavesTheKeyUnused() {
    JsonNode answer = tree(client.momknPay(MONA, "7199999999", "250.00", "pay-6", false));

    assertThat(answer.get("Code").asInt()).isEqualTo(-16);
    assertThat(client.momknStatus("pay-6").get("Status").asText()).isEqualTo("NotFound");

    String brn = client.momknBrn(MONA);
    assertThat(tree(client.momknPay(MONA, brn, "250.00", "pay-6", true)).get("Code").asInt())
        .isZero();
  }

  @Test
  void amountMustBeAnOutstandingInvoiceAndTheAccountTheBrns() {
    String brn = client.momknBrn(KARIM);

    assertThat(client.momknPay(KARIM, brn, "305.00", "pay-7", false).statusCode())
        .isEqualTo(400);
    assertThat(client.momknPay(MONA, brn, "155.00", "pay-7", false).statusCode())
        .isEqualTo(400);
    assertThat(tree(client.momknPay(KARIM, brn, "155.00", "pay-7", false)).get("Code").asInt())
        .isZero();
    assertThat(client.momknInquiry(KARIM).get("TotalAmount").decimalValue())
        .isEqualTo(new BigDecimal("150.00"));
  }

  @Test
  void jsonIsRequired() throws Exception {
    HttpRequest noContentType = client.request(MomknSandbox.ID, "/services/362/inquiry")
        .header("Authorization", "Bearer " + client.momknToken())
        .POST(SandboxClient.json(body("BillingAccount", MONA))).build();
    HttpRequest notJson = client.request(MomknSandbox.ID, "/services/362/inquiry")
        .header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + client.momknToken())
        .POST(HttpRequest.BodyPublishers.ofString("BillingAccount=1000000101")).build();
    HttpRequest stringAmount = client.momknRequest("payment", body("billingAccount", MONA,
        "brn", 1, "hostTransactionID", "k", "isRetry", false, "amount", "250.00"));

    assertThat(client.send(noContentType).statusCode()).isEqualTo(400);
    assertThat(client.send(notJson).statusCode()).isEqualTo(400);
    HttpResponse<String> amountAsText = client.send(stringAmount);
    assertThat(amountAsText.statusCode()).isEqualTo(400);
    assertThat(tree(amountAsText).get("Message").asText()).contains("amount must be a JSON number");
  }

  @Test
  void tokensExpireByTheClock() {
    MutableClock clock = new MutableClock(Instant.parse("2025-03-01T10:00:00Z"));
    try (ProviderSandbox timed = ProviderSandbox.start(SandboxSettings.defaults()
        .withClock(clock).withTokenLifetime(Duration.ofMinutes(1)))) {
      SandboxClient timedClient = new SandboxClient(timed);
      assertThat(timedClient.momknInquiry(MONA).get("Code").asInt()).isZero();

      clock.advance(Duration.ofSeconds(61));
      assertThat(timedClient.momkn("inquiry", body("BillingAccount", MONA)).statusCode())
          .isEqualTo(401);

      timedClient.forgetTokens();
      assertThat(timedClient.momknInquiry(MONA).get("Code").asInt()).isZero();
    }
  }

  @Test
  void expireTokensForcesANewAuthentication() {
    assertThat(client.momknInquiry(MONA).get("Code").asInt()).isZero();

    sandbox.expireTokens();

    assertThat(client.momkn("inquiry", body("BillingAccount", MONA)).statusCode())
        .isEqualTo(401);
    client.forgetTokens();
    assertThat(client.momknInquiry(MONA).get("Code").asInt()).isZero();
  }

  @Test
  void aBrnExpires() {
    MutableClock clock = new MutableClock(Instant.parse("2025-03-01T10:00:00Z"));
    try (ProviderSandbox timed = ProviderSandbox.start(SandboxSettings.defaults()
        .withClock(clock).withBillLifetime(Duration.ofMinutes(5))
        .withTokenLifetime(Duration.ofHours(1)))) {
      SandboxClient timedClient = new SandboxClient(timed);
      String brn = timedClient.momknBrn(MONA);

      clock.advance(Duration.ofMinutes(5));

      assertThat(tree(timedClient.momknPay(MONA, brn, "250.00", "late", false)).get("Code")
          .asInt()).isEqualTo(-16);
      assertThat(timed.ledger().count()).isZero();
    }
  }
}
