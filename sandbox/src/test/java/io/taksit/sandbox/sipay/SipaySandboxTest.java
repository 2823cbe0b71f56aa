package io.taksit.sandbox.sipay;

import static io.taksit.sandbox.SandboxClient.body;
import static io.taksit.sandbox.SandboxClient.tree;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.taksit.sandbox.Charge;
import io.taksit.sandbox.ProviderSandbox;
import io.taksit.sandbox.SandboxClient;
import io.taksit.sandbox.SandboxSettings;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sipay Wallet invoice payment against the wire page: token, inquiry, MakePayment. */
class SipaySandboxTest {

  private static final String AYSE = "5536557580";
  private static final String MEHMET = "5536557581";
  private static final String ZEYNEP = "5536557582";
  private static final String MAKE_PAYMENT = "/v1/InvoicePayment/MakePayment";

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
  void clientCredentialsGetAnOAuthToken() {
    JsonNode token = tree(client.sipayTokenResponse("taksit-demo", "sipay-sandbox-secret"));

    assertThat(token.get("access_token").asText()).hasSizeGreaterThan(20);
    assertThat(token.get("token_type").asText()).isEqualTo("Bearer");
    assertThat(token.get("expires_in").asLong()).isEqualTo(900);
  }

  @Test
  void badClientOrRequestShapeIsRefused() throws Exception {
    HttpResponse<String> wrongSecret = client.sipayTokenResponse("taksit-demo", "guess");
    HttpResponse<String> asJson = client.send(client.request(SipaySandbox.ID, "/connect/token")
        .header("Content-Type", "application/json")
        .POST(SandboxClient.json(body("client_id", "taksit-demo"))).build());

    assertThat(wrongSecret.statusCode()).isEqualTo(401);
    assertThat(tree(wrongSecret).get("error").asText()).isEqualTo("invalid_client");
    assertThat(asJson.statusCode()).isEqualTo(400);
  }

  @Test
  void callsNeedTheBearerTokenAndTheClientIdHeader() throws Exception {
    HttpRequest noClientId = client.request(SipaySandbox.ID,
            "/v1/InvoicePayment/GetInvoicesByProductAndSubscriber")
        .header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + client.sipayToken())
        .POST(SandboxClient.json(body("product_oid", SipayDemo.PRODUCT_OID,
            "subscriber_no1", AYSE))).build();

    HttpResponse<String> response = client.send(noClientId);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(tree(response).get("code").asText()).isEqualTo("401");
  }

  @Test
  void inquiryAnswersEveryWireField() {
    JsonNode answer = client.sipayInquiry(AYSE);

    assertThat(answer.get("status").asInt()).isZero();
    assertThat(answer.get("code").asText()).isEqualTo("100");
    JsonNode row = answer.get("payload").get(0);
    assertThat(answer.get("payload")).hasSize(1);
    assertThat(row.fieldNames()).toIterable().containsExactly("bill_term", "bill_no",
        "invoice_date", "bill_due_date", "invoice_type", "subscriber_nos", "subscriber_no1",
        "subscriber_no2", "subscriber_no3", "subscriber_name", "product_oid", "invoice_amount",
        "expense_amount", "expense_firm_amount", "expense_dealer_amount",
        "partial_payment_allowed", "inv_payment_transaction_query_oid", "payment_order_no");
    assertThat(row.get("bill_term").asText()).isEqualTo(
        YearMonth.now().minusMonths(1).format(DateTimeFormatter.ofPattern("MM/yyyy")));
    assertThat(row.get("invoice_amount").decimalValue()).isEqualTo(new BigDecimal("196.50"));
    assertThat(row.get("subscriber_name").asText()).isEqualTo("Ayşe Yılmaz");
    assertThat(LocalDate.parse(row.get("bill_due_date").asText().substring(0, 10)))
        .isEqualTo(LocalDate.now().plusDays(5));
    assertThat(row.get("inv_payment_transaction_query_oid").asText()).hasSize(36);
  }

  @Test
  void inquiryOrdersInvoicesByDueDate() {
    JsonNode payload = client.sipayInquiry(MEHMET).get("payload");

    assertThat(payload).hasSize(2);
    assertThat(payload.get(0).get("invoice_amount").decimalValue())
        .isEqualTo(new BigDecimal("120.00"));
    assertThat(payload.get(0).get("payment_order_no").asInt()).isEqualTo(1);
    assertThat(payload.get(1).get("payment_order_no").asInt()).isEqualTo(2);
  }

  @Test
  void nothingOwedIsAnEmptyPayloadUnknownInstitutionABadRequest() {
    JsonNode nobody = client.sipayInquiry("5000000000");
    HttpResponse<String> unknownInstitution = client.sipay(
        "/v1/InvoicePayment/GetInvoicesByProductAndSubscriber",
        body("product_oid", "00000000-0000-0000-0000-000000000000", "subscriber_no1", AYSE));

    assertThat(nobody.get("code").asText()).isEqualTo("100");
    assertThat(nobody.get("payload")).isEmpty();
    assertThat(unknownInstitution.statusCode()).isEqualTo(400);
  }

  @Test
  void paymentChargesTheWalletAndTheInvoiceDisappears() {
    JsonNode row = client.sipayInquiry(AYSE).get("payload").get(0);
    String oid = row.get("inv_payment_transaction_query_oid").asText();

    HttpResponse<String> response = client.sipayPay(row, "order-1");

    JsonNode answer = tree(response);
    assertThat(answer.get("code").asText()).isEqualTo("100");
    JsonNode payload = answer.get("payload");
    assertThat(response.body()).contains("\"transaction_amount\":196.50");
    assertThat(payload.get("transaction_fee").decimalValue()).isEqualTo(new BigDecimal("0.00"));
    assertThat(payload.get("charged_amount").decimalValue()).isEqualTo(new BigDecimal("196.50"));
    assertThat(payload.get("ext_order_id").asText()).isEqualTo("order-1");
    assertThat(payload.get("inv_payment_transaction_query_oid").asText()).isEqualTo(oid);
    assertThat(payload.get("institution_name").asText()).isEqualTo("Türk Telekom (Mobil)");
    assertThat(payload.get("transaction_id").asText()).isNotBlank();
    assertThat(payload.get("sender_wallet_info").get("currency_code").asText()).isEqualTo("TRY");
    assertThat(payload.get("sender_wallet_info").get("total_balance").decimalValue())
        .isEqualTo(new BigDecimal("99803.50"));

    Charge charge = sandbox.ledger().byKey(SipaySandbox.ID, "order-1").get();
    assertThat(charge.billReference()).isEqualTo(oid);
    assertThat(charge.account()).isEqualTo(AYSE);
    assertThat(charge.amount()).isEqualTo(new BigDecimal("196.50"));
    assertThat(charge.currency()).isEqualTo("TRY");
    assertThat(client.sipayInquiry(AYSE).get("payload")).isEmpty();
  }

  @Test
  void aSecondUseOfTheExternalOrderIdIs301() {
    JsonNode row = client.sipayInquiry(AYSE).get("payload").get(0);
    client.sipayPay(row, "order-2");

    JsonNode again = tree(client.sipayPay(row, "order-2"));

    assertThat(again.get("code").asText()).isEqualTo("301");
    assertThat(again.get("payload").isNull()).isTrue();
    assertThat(sandbox.ledger().count()).isEqualTo(1);
  }

  @Test
  void tooLittleInTheWalletIs311AndNothingMoves() {
    JsonNode big = client.sipayInquiry(ZEYNEP).get("payload").get(0);
    JsonNode small = client.sipayInquiry(AYSE).get("payload").get(0);

    JsonNode tooBig = tree(client.sipayPay(big, "order-3"));
    JsonNode pettyCash = tree(client.sipay(MAKE_PAYMENT,
        SandboxClient.sipayPayment(small, "2500026", "2800002", "order-4")));

    assertThat(tooBig.get("code").asText()).isEqualTo("311");
    assertThat(pettyCash.get("code").asText()).isEqualTo("311");
    assertThat(sandbox.ledger().count()).isZero();
    assertThat(client.sipayInquiry(ZEYNEP).get("payload")).hasSize(1);
  }

  @Test
  void aDeclinedOrderIdIsNotADuplicate() {
    JsonNode row = client.sipayInquiry(AYSE).get("payload").get(0);
    client.sipay(MAKE_PAYMENT, SandboxClient.sipayPayment(row, "2500026", "2800002", "order-5"));

    JsonNode retried = tree(client.sipayPay(row, "order-5"));

    assertThat(retried.get("code").asText()).isEqualTo("100");
    assertThat(sandbox.ledger().count()).isEqualTo(1);
  }

  @Test
  void unknownWalletIs300AndAPaidInvoiceIs302() {
    JsonNode row = client.sipayInquiry(AYSE).get("payload").get(0);
    JsonNode unknownWallet = tree(client.sipay(MAKE_PAYMENT,
        SandboxClient.sipayPayment(row, "9999999", "2800001", "order-6")));
    client.sipayPay(row, "order-7");

    JsonNode paidAgain = tree(client.sipayPay(row, "order-8"));

    assertThat(unknownWallet.get("code").asText()).isEqualTo("300");
    assertThat(paidAgain.get("code").asText()).isEqualTo("302");
    assertThat(sandbox.ledger().count()).isEqualTo(1);
  }

  @Test
  void aRequestThatDoesNotMatchTheInquiryIsABadRequest() {
    JsonNode row = client.sipayInquiry(AYSE).get("payload").get(0);
    Map<String, Object> payment = SandboxClient.sipayPayment(row, "2500025", "2800001", "o-9");
    payment.put("payment_amount", new BigDecimal("100.00"));
    Map<String, Object> noOrderId = SandboxClient.sipayPayment(row, "2500025", "2800001", "x");
    noOrderId.remove("ext_order_id");

    assertThat(client.sipay(MAKE_PAYMENT, payment).statusCode()).isEqualTo(400);
    assertThat(client.sipay(MAKE_PAYMENT, noOrderId).statusCode()).isEqualTo(400);
    assertThat(sandbox.ledger().count()).isZero();
  }

  @Test
  void aRenewingSubscriberGetsNextMonthsInvoice() {
    try (ProviderSandbox many = ProviderSandbox.start(SandboxSettings.defaults()
        .withGeneratedAccounts(3))) {
      SandboxClient manyClient = new SandboxClient(many);
      JsonNode row = manyClient.sipayInquiry("5550000002").get("payload").get(0);
      manyClient.sipayPay(row, "gen-1");

      JsonNode next = manyClient.sipayInquiry("5550000002").get("payload");

      assertThat(next).hasSize(1);
      assertThat(next.get(0).get("inv_payment_transaction_query_oid").asText())
          .isNotEqualTo(row.get("inv_payment_transaction_query_oid").asText());
      assertThat(next.get(0).get("bill_no").asText()).isEqualTo(row.get("bill_no").asText() + "-1");
    }
  }
}
