package io.taksit.sandbox;

import static io.taksit.sandbox.SandboxClient.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.taksit.sandbox.momkn.MomknSandbox;
import io.taksit.sandbox.sipay.SipaySandbox;
import io.taksit.sandbox.teqpay.TeqpaySandbox;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each fault's observable effect on a Momkn payment, and whether it charged: only the faults that
 * let the provider process the request may charge; the others must leave the ledger empty.
 */
class SandboxFaultsTest {

  private static final String MONA = "1000000101";

  private ProviderSandbox sandbox;
  private SandboxClient client;
  private String brn;

  @BeforeEach
  void start() {
    sandbox = ProviderSandbox.start();
    client = new SandboxClient(sandbox);
    brn = client.momknBrn(MONA);
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private void nextPayment(Fault fault) {
    sandbox.faults(FaultPlan.scripted().next(MomknSandbox.ID, SandboxOperation.PAY, fault));
  }

  private HttpRequest payment(String key) {
    return client.momknRequest("payment",
        SandboxClient.momknPayment(MONA, brn, "250.00", key, false));
  }

  private void assertNotCharged(String key) {
    assertThat(sandbox.ledger().count()).isZero();
    client.forgetTokens();
    assertThat(client.momknStatus(key).get("Status").asText()).isEqualTo("NotFound");
  }

  private void assertChargedOnce(String key) {
    assertThat(sandbox.awaitIdle(Duration.ofSeconds(5))).isTrue();
    assertThat(sandbox.ledger().count()).isEqualTo(1);
    assertThat(sandbox.ledger().charged(MomknSandbox.ID, key)).isTrue();
    assertThat(client.momknStatus(key).get("Status").asText()).isEqualTo("Success");
  }

  @Test
  void serverErrorAnswersTheProvidersEnvelopeAndChargesNothing() throws Exception {
    nextPayment(Fault.serverError(503));

    HttpResponse<String> response = client.send(payment("f-5xx"));

    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(tree(response).get("Code").asInt()).isEqualTo(-1);
    assertNotCharged("f-5xx");
    assertThat(sandbox.injectedFaults().count(FaultKind.SERVER_ERROR)).isEqualTo(1);
  }

  @Test
  void tooManyRequestsCarriesRetryAfterInSecondsOrAsADate() throws Exception {
    sandbox.faults(FaultPlan.scripted()
        .next(MomknSandbox.ID, SandboxOperation.PAY,
            Fault.tooManyRequests(Duration.ofMillis(1500)))
        .next(MomknSandbox.ID, SandboxOperation.PAY,
            Fault.tooManyRequestsUntil(Duration.ofSeconds(30)))
        .next(MomknSandbox.ID, SandboxOperation.PAY, Fault.tooManyRequests()));

    HttpResponse<String> seconds = client.send(payment("f-429"));
    HttpResponse<String> date = client.send(payment("f-429"));
    HttpResponse<String> none = client.send(payment("f-429"));

    assertThat(seconds.statusCode()).isEqualTo(429);
    assertThat(seconds.headers().firstValue("Retry-After")).contains("2");
    assertThat(tree(seconds).get("Message").asText()).startsWith("TooManyRequestsException");
    ZonedDateTime retryAt = ZonedDateTime.parse(date.headers().firstValue("Retry-After").get(),
        DateTimeFormatter.RFC_1123_DATE_TIME);
    assertThat(retryAt.toInstant()).isBetween(Instant.now().plusSeconds(28),
        Instant.now().plusSeconds(32));
    assertThat(date.headers().firstValue("Retry-After").get()).matches(
        "[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT");
    assertThat(none.statusCode()).isEqualTo(429);
    assertThat(none.headers().firstValue("Retry-After")).isEmpty();
    assertNotCharged("f-429");
  }

  @Test
  void malformedEmptyAndHtmlBodiesChargeNothing() throws Exception {
    sandbox.faults(FaultPlan.scripted()
        .next(MomknSandbox.ID, SandboxOperation.PAY, Fault.malformedBody())
        .next(MomknSandbox.ID, SandboxOperation.PAY, Fault.emptyBody())
        .next(MomknSandbox.ID, SandboxOperation.PAY, Fault.htmlErrorPage())
        .next(MomknSandbox.ID, SandboxOperation.PAY, Fault.htmlErrorPage(502)));

    HttpResponse<String> malformed = client.send(payment("f-body"));
    HttpResponse<String> empty = client.send(payment("f-body"));
    HttpResponse<String> html = client.send(payment("f-body"));
    HttpResponse<String> badGateway = client.send(payment("f-body"));

    assertThat(malformed.statusCode()).isEqualTo(200);
    assertThat(malformed.body()).startsWith("{\"Code\":0,");
    assertThatThrownBy(() -> SandboxClient.JSON.readTree(malformed.body()))
        .isInstanceOf(JsonProcessingException.class);
    assertThat(empty.statusCode()).isEqualTo(200);
    assertThat(empty.body()).isEmpty();
    assertThat(html.statusCode()).isEqualTo(200);
    assertThat(html.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("text/html"));
    assertThat(html.body()).contains("<html>");
    assertThat(badGateway.statusCode()).isEqualTo(502);
    assertThat(badGateway.body()).contains("502 Bad Gateway");
    assertNotCharged("f-body");
  }

  @Test
  void resetConnectionHangsUpWithoutCharging() {
    nextPayment(Fault.resetConnection());

    assertThatThrownBy(() -> client.send(payment("f-reset"))).isInstanceOf(IOException.class);
    assertNotCharged("f-reset");
  }

  @Test
  void chargeThenDropChargesAndLosesTheAnswer() {
    nextPayment(Fault.chargeThenDrop());

    assertThatThrownBy(() -> client.send(payment("f-drop"))).isInstanceOf(IOException.class);
    assertChargedOnce("f-drop");
    assertThat(sandbox.injectedFaults().answersLostAfterCharge()).isEqualTo(1);
    // The retry of a payment whose answer was lost replays the charge's answer.
    JsonNode retry = tree(client.momknPay(MONA, brn, "250.00", "f-drop", true));
    assertThat(retry.get("Code").asInt()).isZero();
    assertThat(sandbox.ledger().count()).isEqualTo(1);
  }

  @Test
  void chargeThenDelayChargesAndAnswersAfterTheClientGaveUp() {
    nextPayment(Fault.chargeThenDelay(Duration.ofMillis(1000)));
    HttpRequest impatient = HttpRequest.newBuilder(payment("f-late").uri())
        .headers("Content-Type", "application/json",
            "Authorization", "Bearer " + client.momknToken())
        .timeout(Duration.ofMillis(200))
        .POST(SandboxClient.json(SandboxClient.momknPayment(MONA, brn, "250.00", "f-late", false)))
        .build();

    assertThatThrownBy(() -> client.send(impatient)).isInstanceOf(HttpTimeoutException.class);
    assertThat(client.momknStatus("f-late").get("Status").asText()).isEqualTo("Success");
    assertChargedOnce("f-late");
    assertThat(sandbox.injectedFaults().lateAnswersAfterCharge()).isEqualTo(1);
  }

  @Test
  void latencyDelaysButStillCharges() throws Exception {
    nextPayment(Fault.latency(Duration.ofMillis(300)));
    long started = System.nanoTime();

    HttpResponse<String> response = client.send(payment("f-slow"));

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(
        Duration.ofMillis(300));
    assertThat(tree(response).get("Code").asInt()).isZero();
    assertChargedOnce("f-slow");
  }

  @Test
  void expireTokensMakesTheRequestUnauthorised() throws Exception {
    nextPayment(Fault.expireTokens());

    HttpResponse<String> response = client.send(payment("f-token"));

    assertThat(response.statusCode()).isEqualTo(401);
    assertNotCharged("f-token");
  }

  @Test
  void aScriptHitsOnlyTheMatchingRequestsInOrder() throws Exception {
    ScriptedFaults script = FaultPlan.scripted()
        .next(SipaySandbox.ID, SandboxOperation.PAY, Fault.serverError())
        .next(SandboxOperation.STATUS, Fault.serverError(502));
    sandbox.faults(script);

    assertThat(client.momknInquiry(MONA).get("Code").asInt()).isZero();
    assertThat(client.send(payment("f-script")).statusCode()).isEqualTo(200);
    assertThat(script.remaining()).isEqualTo(2);
    assertThat(client.momkn("status", SandboxClient.body("hostTransactionID", "f-script"))
        .statusCode()).isEqualTo(502);
    assertThat(script.remaining()).isEqualTo(1);
    assertThat(client.momknStatus("f-script").get("Status").asText()).isEqualTo("Success");
  }

  @Test
  void aSipayChargeWhoseAnswerIsLostShowsAsAPaidInvoice() {
    JsonNode row = client.sipayInquiry("5536557580").get("payload").get(0);
    sandbox.faults(FaultPlan.scripted().next(SipaySandbox.ID, SandboxOperation.PAY,
        Fault.chargeThenDrop()));

    assertThatThrownBy(() -> client.send(client.sipayRequest("/v1/InvoicePayment/MakePayment",
        SandboxClient.sipayPayment(row, "2500025", "2800001", "s-drop"))))
        .isInstanceOf(IOException.class);

    assertThat(sandbox.ledger().charged(SipaySandbox.ID, "s-drop")).isTrue();
    assertThat(client.sipayInquiry("5536557580").get("payload")).isEmpty();
    assertThat(tree(client.sipayPay(row, "s-drop")).get("code").asText()).isEqualTo("301");
  }

  @Test
  void aTeqpayMalformedBodyIsCutTeqpayJson() {
    sandbox.faults(FaultPlan.scripted().next(Fault.malformedBody()));

    HttpResponse<String> response = client.sendQuietly(
        client.request(TeqpaySandbox.ID, "/installmentinfo")
            .header("Content-Type", "application/json")
            .header("ApiKey", "3f0126be-5a1d-4c2e-9b7f-06025352594a")
            .header("SecretKey", "teqpay-sandbox-secret")
            .POST(SandboxClient.json(SandboxClient.body("cardNo", "454360", "price", "10.00")))
            .build());

    assertThat(response.body()).startsWith("{\n    \"Details\": [{").endsWith("\"1.2");
  }

  @Test
  void countsAreKeptPerKind() {
    sandbox.faults(FaultPlan.scripted()
        .next(SandboxOperation.INQUIRY, Fault.serverError())
        .next(SandboxOperation.INQUIRY, Fault.serverError())
        .next(SandboxOperation.INQUIRY, Fault.emptyBody()));
    for (int i = 0; i < 4; i++) {
      client.momkn("inquiry", SandboxClient.body("BillingAccount", MONA));
    }

    FaultCounts counts = sandbox.injectedFaults();
    assertThat(counts.byKind()).containsExactly(Map.entry(FaultKind.SERVER_ERROR, 2L),
        Map.entry(FaultKind.EMPTY_BODY, 1L));
    assertThat(counts.total()).isEqualTo(3);
    assertThat(counts.toString()).contains("SERVER_ERROR=2");
  }
}
