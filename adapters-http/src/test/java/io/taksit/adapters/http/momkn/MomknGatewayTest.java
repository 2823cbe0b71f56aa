package io.taksit.adapters.http.momkn;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.taksit.adapters.http.momkn.MomknStubScript.ACCOUNT;
import static io.taksit.adapters.http.momkn.MomknStubScript.BASE_PATH;
import static io.taksit.adapters.http.momkn.MomknStubScript.BILLER_ID;
import static io.taksit.adapters.http.momkn.MomknStubScript.BRN;
import static io.taksit.adapters.http.momkn.MomknStubScript.CUSTOMER_NAME;
import static io.taksit.adapters.http.momkn.MomknStubScript.DECLINED_MESSAGE;
import static io.taksit.adapters.http.momkn.MomknStubScript.INVOICE_ALIAS;
import static io.taksit.adapters.http.momkn.MomknStubScript.NO_DATA_MESSAGE;
import static io.taksit.adapters.http.momkn.MomknStubScript.PAID_MESSAGE;
import static io.taksit.adapters.http.momkn.MomknStubScript.PASSWORD;
import static io.taksit.adapters.http.momkn.MomknStubScript.SUCCESS_MESSAGE;
import static io.taksit.adapters.http.momkn.MomknStubScript.TOKEN;
import static io.taksit.adapters.http.momkn.MomknStubScript.biller;
import static io.taksit.adapters.http.momkn.MomknStubScript.egp;
import static io.taksit.adapters.http.momkn.MomknStubScript.json;
import static io.taksit.adapters.http.momkn.MomknStubScript.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.taksit.adapters.http.contract.ContractSettings;
import io.taksit.adapters.http.contract.WireFaults;
import io.taksit.adapters.http.support.CallKind;
import io.taksit.adapters.http.support.ConfigProblem;
import io.taksit.adapters.http.support.HttpCalls;
import io.taksit.adapters.http.support.HttpSettings;
import io.taksit.adapters.http.support.Secret;
import io.taksit.application.contract.MovableClock;
import io.taksit.application.port.out.BillingGateway.FeeRequest;
import io.taksit.application.port.out.BillingGateway.InquiryRequest;
import io.taksit.application.port.out.BillingGateway.PayRequest;
import io.taksit.application.port.out.BillingGateway.StatusRequest;
import io.taksit.application.port.out.GatewayCapabilities;
import io.taksit.application.port.out.ReadOutcome;
import io.taksit.domain.bill.AccountRef;
import io.taksit.domain.bill.Bill;
import io.taksit.domain.bill.BillReference;
import io.taksit.domain.bill.Invoice;
import io.taksit.domain.fee.FeeQuote;
import io.taksit.domain.fee.FeeSource;
import io.taksit.domain.money.Currencies;
import io.taksit.domain.payment.OutcomeKind;
import io.taksit.domain.payment.PaymentId;
import io.taksit.domain.payment.PaymentOutcome;
import io.taksit.domain.payment.ProviderAnswer;
import io.taksit.domain.provider.ProviderId;
import io.vavr.Tuple;
import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Momkn beyond the contract: the exact requests sent, every field of every answer mapped, every
 * code of the wire page classified, tokens, currencies and configuration.
 */
class MomknGatewayTest {

  @RegisterExtension
  static WireMockExtension server = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort())
      .build();

  /** 12:15:30 in Cairo (UTC+2 in November). */
  private static final Instant NOW = Instant.parse("2026-11-21T10:15:30Z");
  private static final String LOCAL_DATE = "2026-11-21T12:15:30";
  private static final PaymentId PAYMENT_ID = new PaymentId("pay-0001");
  private static final HttpSettings SETTINGS = ContractSettings.SETTINGS;

  private final MovableClock clock = new MovableClock(NOW);
  private MomknGateway gateway;

  @BeforeEach
  void stubAuthenticationAndBuildTheGateway() {
    stub(CallKind.AUTHENTICATION, MomknStubScript.AUTH_ANSWER);
    gateway = gatewayWith(config());
  }

  // ---- helpers -------------------------------------------------------------------------------

  private static MomknConfig config() {
    return MomknStubScript.config(server.baseUrl() + BASE_PATH, SETTINGS);
  }

  private MomknGateway gatewayWith(MomknConfig config) {
    return new MomknGateway(config, HttpCalls.of(config.http()).withSleeper(wait -> { }), clock);
  }

  private static void stub(CallKind kind, String body) {
    stub(kind, json(body));
  }

  private static void stub(CallKind kind, ResponseDefinitionBuilder response) {
    server.stubFor(post(urlEqualTo(path(kind))).willReturn(response));
  }

  private static List<LoggedRequest> requestsTo(CallKind kind) {
    return server.findAll(postRequestedFor(urlEqualTo(path(kind))));
  }

  private static String bodyOf(LoggedRequest request) {
    return new String(request.getBody(), StandardCharsets.UTF_8);
  }

  private static InquiryRequest inquiry() {
    return new MomknStubScript().inquiryRequest();
  }

  private static FeeRequest fees() {
    return new MomknStubScript().feeRequest();
  }

  private static PayRequest payment(boolean retry) {
    return new PayRequest(PAYMENT_ID, biller(Currencies.EGP), new AccountRef(ACCOUNT),
        new BillReference(BRN), egp("250.00"), TreeSet.of(1), Option.none(), retry,
        Option.some(MomknStubScript.bill()));
  }

  private static StatusRequest status() {
    return new StatusRequest(PAYMENT_ID, biller(Currencies.EGP), new AccountRef(ACCOUNT),
        new BillReference(BRN), egp("250.00"));
  }

  private static <T> T answered(ReadOutcome<T> outcome) {
    assertThat(outcome).isInstanceOf(ReadOutcome.Answered.class);
    return ((ReadOutcome.Answered<T>) outcome).value();
  }

  private static String failure(ReadOutcome<?> outcome) {
    assertThat(outcome).isInstanceOf(ReadOutcome.Failed.class);
    return ((ReadOutcome.Failed<?>) outcome).reason();
  }

  private static String paymentAnswer(String code, String message) {
    return "{\"Code\":" + code + ",\"Message\":\"" + message + "\",\"Brn\":710001,"
        + "\"amount\":250.00}";
  }

  private static String statusAnswer(String status) {
    return "{\"Code\":0,\"Message\":\"" + PAID_MESSAGE + "\",\"Status\":\"" + status + "\","
        + "\"Brn\":710001,\"amount\":250.00}";
  }

  // ---- authentication ----------------------------------------------------------------------

  @Nested
  @DisplayName("authentication")
  class Authentication {

    @Test
    void authenticates_with_the_account_credentials_and_channel_fields() {
      stub(CallKind.INQUIRY, MomknStubScript.INQUIRY_ANSWER);
      answered(gateway.inquire(inquiry()));
      server.verify(1, postRequestedFor(urlEqualTo(path(CallKind.AUTHENTICATION)))
          .withHeader("Content-Type", equalTo("application/json"))
          .withRequestBody(equalToJson("""
              {"UserName":"taksit-channel","Password":"Pa55-never-in-a-log",
               "ChannelCategory":"Merchant","ChannelType":"API","LocalDate":"%s",
               "Version":"1","ServiceListVersion":"0"}""".formatted(LOCAL_DATE))));
      server.verify(1, postRequestedFor(urlEqualTo(path(CallKind.INQUIRY)))
          .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
    }

    @Test
    void one_token_serves_every_call_while_it_is_valid() {
      stub(CallKind.INQUIRY, MomknStubScript.INQUIRY_ANSWER);
      stub(CallKind.FEES, MomknStubScript.FEES_ANSWER);
      stub(CallKind.PAYMENT, MomknStubScript.paymentAnswer("250.00"));
      stub(CallKind.STATUS, MomknStubScript.STATUS_ANSWER);
      answered(gateway.inquire(inquiry()));
      answered(gateway.quoteFees(fees()));
      assertThat(gateway.pay(payment(false)).kind()).isEqualTo(OutcomeKind.APPROVED);
      assertThat(gateway.checkStatus(status()).kind()).isEqualTo(OutcomeKind.APPROVED);
      assertThat(requestsTo(CallKind.AUTHENTICATION)).hasSize(1);
      for (CallKind kind : List.of(CallKind.INQUIRY, CallKind.FEES, CallKind.PAYMENT,
          CallKind.STATUS)) {
        server.verify(1, postRequestedFor(urlEqualTo(path(kind)))
            .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
      }
    }

    @Test
    void a_token_is_renewed_when_its_expires_in_runs_out() {
      stub(CallKind.INQUIRY, MomknStubScript.INQUIRY_ANSWER);
      answered(gateway.inquire(inquiry()));
      clock.advance(Duration.ofMinutes(14));
      answered(gateway.inquire(inquiry()));
      assertThat(requestsTo(CallKind.AUTHENTICATION)).hasSize(1);
      clock.advance(Duration.ofMinutes(1));
      answered(gateway.inquire(inquiry()));
      assertThat(requestsTo(CallKind.AUTHENTICATION)).hasSize(2);
    }

    @Test
    void without_expires_in_a_token_lives_the_configured_lifetime() {
      stub(CallKind.AUTHENTICATION, "{\"Code\":0,\"Message\":\"\",\"token\":\"" + TOKEN + "\"}");
      stub(CallKind.INQUIRY, MomknStubScript.INQUIRY_ANSWER);
      MomknGateway threeMinutes = gatewayWith(config().withTokenLifetime(Duration.ofMinutes(3)));
      answered(threeMinutes.inquire(inquiry()));
      clock.advance(Duration.ofMinutes(2));
      answered(threeMinutes.inquire(inquiry()));
      assertThat(requestsTo(CallKind.AUTHENTICATION)).hasSize(1);
      clock.advance(Duration.ofMinutes(1));
      answered(threeMinutes.inquire(inquiry()));
      assertThat(requestsTo(CallKind.AUTHENTICATION)).hasSize(2);
    }

    @Test
    void the_default_lifetime_without_expires_in_is_ten_minutes() {
      stub(CallKind.AUTHENTICATION, "{\"Code\":0,\"Message\":\"\",\"token\":\"" + TOKEN + "\"}");
      stub(CallKind.INQUIRY, MomknStubScript.INQUIRY_ANSWER);
      answered(gateway.inquire(inquiry()));
      clock.advance(Duration.ofMinutes(9));
      answered(gateway.inquire(inquiry()));
      assertThat(requestsTo(CallKind.AUTHENTICATION)).hasSize(1);
      clock.advance(Duration.ofMinutes(1));
      answered(gateway.inquire(inquiry()));
      assertThat(requestsTo(CallKind.AUTHENTICATION)).hasSize(2);
    }

    @Test
    void a_401_on_a_read_renews_the_token_and_asks_again_once() {
      server.stubFor(post(urlEqualTo(path(CallKind.INQUIRY))).inScenario("revoked")
          .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("renewed")
          .willReturn(WireFaults.status(401)));
      server.stubFor(post(urlEqualTo(path(CallKind.INQUIRY))).inScenario("revoked")
          .whenScenarioStateIs("renewed")
          .willReturn(json(MomknStubScript.INQUIRY_ANSWER)));
      answered(gateway.inquire(inquiry()));
      assertThat(requestsTo(CallKind.AUTHENTICATION)).hasSize(2);
      assertThat(requestsTo(CallKind.INQUIRY)).hasSize(2);
    }

    @Test
    void a_refused_authentication_sends_no_payment_and_is_not_processed() {
      stub(CallKind.AUTHENTICATION, "{\"Code\":-5,\"Message\":\"بيانات الدخول غير صحيحة\"}");
      PaymentOutcome outcome = gateway.pay(payment(false));
      assertThat(outcome.kind()).isEqualTo(OutcomeKind.NOT_PROCESSED);
      assertThat(outcome.reason()).contains("authentication refused with Code -5")
          .contains("بيانات الدخول غير صحيحة");
      assertThat(requestsTo(CallKind.PAYMENT)).isEmpty();
    }

    @Test
    void an_authentication_answer_without_a_token_gives_no_token() {
      stub(CallKind.AUTHENTICATION, "{\"Code\":0,\"Message\":\"\"}");
      PaymentOutcome outcome = gateway.pay(payment(false));
      assertThat(outcome.kind()).isEqualTo(OutcomeKind.NOT_PROCESSED);
      assertThat(outcome.reason()).contains("without a token");
      assertThat(requestsTo(CallKind.PAYMENT)).isEmpty();
    }

    @Test
    void rejected_credentials_fail_a_read_without_sending_it() {
      stub(CallKind.AUTHENTICATION, WireFaults.status(401));
      assertThat(failure(gateway.inquire(inquiry()))).contains("authentication failed")
          .contains("HTTP 401");
      assertThat(requestsTo(CallKind.INQUIRY)).isEmpty();
    }
  }

  // ---- inquiry -----------------------------------------------------------------------------

  @Nested
  @DisplayName("inquiry")
  class Inquiry {

    @Test
    void sends_the_billing_account_and_reads_every_field_of_the_bill() {
      stub(CallKind.INQUIRY, MomknStubScript.INQUIRY_ANSWER);
      Bill bill = answered(gateway.inquire(inquiry()));

      server.verify(1, postRequestedFor(urlEqualTo(path(CallKind.INQUIRY)))
          .withHeader("Authorization", equalTo("Bearer " + TOKEN))
          .withHeader("Content-Type", equalTo("application/json"))
          .withRequestBody(equalToJson("""
              {"BillingAccount":"1000000101","localDate":"%s","version":"1",
               "serviceListVersion":"0",
               "Data":[{"Key":"billingAccount","Value":"1000000101"}]}""".formatted(LOCAL_DATE))));

      assertThat(bill.billerId()).isEqualTo(BILLER_ID);
      assertThat(bill.account()).isEqualTo(new AccountRef(ACCOUNT));
      assertThat(bill.reference()).isEqualTo(new BillReference(BRN));
      assertThat(bill.customerName()).contains(CUSTOMER_NAME);
      assertThat(bill.data().toList()).containsExactly(
          Tuple.of("CustomerName", CUSTOMER_NAME),
          Tuple.of("Installment", "240.00"),
          Tuple.of("Penalty", "10.00"),
          Tuple.of("invoice.1.DueDate", "2026-11-16"),
          Tuple.of("invoice.1.Installment", "240.00"),
          Tuple.of("invoice.1.Penalty", "10.00"));
      assertThat(bill.invoices()).containsExactly(new Invoice(1, INVOICE_ALIAS, egp("250.00"),
          Option.some(egp("250.00")), Option.some(egp("250.00")),
          Option.some(LocalDate.parse("2026-11-16")), true));
      assertThat(bill.totalDue()).isEqualTo(egp("250.00"));
      assertThat(bill.expiresAt()).contains(NOW.plus(Duration.ofMinutes(15)));
    }

    @Test
    void extra_service_fields_travel_in_data_after_the_billing_account_by_key() {
      stub(CallKind.INQUIRY, MomknStubScript.INQUIRY_ANSWER);
      InquiryRequest request = new InquiryRequest(biller(Currencies.EGP),
          new AccountRef(ACCOUNT), HashMap.of("loanNumber", "L-77", "branch", "المعادي"));
      answered(gateway.inquire(request));
      server.verify(1, postRequestedFor(urlEqualTo(path(CallKind.INQUIRY)))
          .withRequestBody(equalToJson("""
              {"BillingAccount":"1000000101","localDate":"%s","version":"1",
               "serviceListVersion":"0",
               "Data":[{"Key":"billingAccount","Value":"1000000101"},
                       {"Key":"branch","Value":"المعادي"},
                       {"Key":"loanNumber","Value":"L-77"}]}""".formatted(LOCAL_DATE))));
    }

    @Test
    void the_configured_versions_and_bill_validity_are_used() {
      stub(CallKind.INQUIRY, MomknStubScript.INQUIRY_ANSWER);
      MomknGateway configured = gatewayWith(config().withVersions("2", "41")
          .withBillValidity(Duration.ofMinutes(5)).withZone(ZoneId.of("UTC")));
      Bill bill = answered(configured.inquire(inquiry()));
      assertThat(bill.expiresAt()).contains(NOW.plus(Duration.ofMinutes(5)));
      server.verify(1, postRequestedFor(urlEqualTo(path(CallKind.INQUIRY)))
          .withRequestBody(equalToJson("""
              {"BillingAccount":"1000000101","localDate":"2026-11-21T10:15:30","version":"2",
               "serviceListVersion":"41",
               "Data":[{"Key":"billingAccount","Value":"1000000101"}]}""")));
    }

    @Test
    void a_sparse_invoice_and_a_text_brn_are_read() {
      stub(CallKind.INQUIRY, """
          {"Code":0,"Message":"","TotalAmount":300,"Brn":"BRN-9","CustomerName":"نور الدين",
           "invoices":[{"Sequence":2,"amount":300}]}""");
      Bill bill = answered(gateway.inquire(inquiry()));
      assertThat(bill.reference()).isEqualTo(new BillReference("BRN-9"));
      assertThat(bill.customerName()).contains("نور الدين");
      assertThat(bill.data()).isEmpty();
      assertThat(bill.invoices()).containsExactly(new Invoice(2, "", egp("300.00"),
          Option.none(), Option.none(), Option.none(), false));
      assertThat(bill.totalDue()).isEqualTo(egp("300.00"));
    }

    @Test
    void invoices_are_put_in_sequence_order() {
      stub(CallKind.INQUIRY, """
          {"Code":0,"TotalAmount":305.00,"Brn":71,
           "invoices":[{"Sequence":2,"alias":"قسط 8/10","amount":150.00},
                       {"Sequence":1,"alias":"قسط 7/10","amount":155.00}]}""");
      Bill bill = answered(gateway.inquire(inquiry()));
      assertThat(bill.invoices().map(Invoice::sequence)).containsExactly(1, 2);
      assertThat(bill.customerName()).isEmpty();
    }

    @Test
    void a_non_zero_code_is_a_refusal_with_the_message_verbatim() {
      stub(CallKind.INQUIRY, "{\"Code\":-16,\"Message\":\"" + NO_DATA_MESSAGE + "\"}");
      ReadOutcome<Bill> outcome = gateway.inquire(inquiry());
      assertThat(outcome).isInstanceOf(ReadOutcome.Refused.class);
      ReadOutcome.Refused<Bill> refused = (ReadOutcome.Refused<Bill>) outcome;
      assertThat(refused.answer()).isEqualTo(new ProviderAnswer(Option.none(), Option.some("-16"),
          Option.some(NO_DATA_MESSAGE)));
      assertThat(refused.reason()).contains("Code -16").contains(NO_DATA_MESSAGE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "no Code | {\"Message\":\"\",\"TotalAmount\":1.00,\"Brn\":1} | without Code",
        "no Brn | {\"Code\":0,\"TotalAmount\":1.00} | no Brn",
        "blank Brn | {\"Code\":0,\"TotalAmount\":1.00,\"Brn\":\" \"} | Brn",
        "no TotalAmount | {\"Code\":0,\"Brn\":1} | no TotalAmount",
        "three decimals | {\"Code\":0,\"TotalAmount\":1.005,\"Brn\":1} | TotalAmount",
        "negative total | {\"Code\":0,\"TotalAmount\":-1.00,\"Brn\":1} | must not be negative",
        "null Data value | {\"Code\":0,\"TotalAmount\":1.00,\"Brn\":1,\"Data\":[{\"Key\":\"A\"}]} | must not be null",
        "null Data entry | {\"Code\":0,\"TotalAmount\":1.00,\"Brn\":1,\"Data\":[null]} | null entry",
        "sequence twice | {\"Code\":0,\"TotalAmount\":2.00,\"Brn\":1,\"invoices\":[{\"Sequence\":1,\"amount\":1.00},{\"Sequence\":1,\"amount\":1.00}]} | appears more than once",
        "no Sequence | {\"Code\":0,\"TotalAmount\":1.00,\"Brn\":1,\"invoices\":[{\"amount\":1.00}]} | no Sequence",
        "sequence 0 | {\"Code\":0,\"TotalAmount\":1.00,\"Brn\":1,\"invoices\":[{\"Sequence\":0,\"amount\":1.00}]} | sequence must be 1 or more",
        "no invoice amount | {\"Code\":0,\"TotalAmount\":1.00,\"Brn\":1,\"invoices\":[{\"Sequence\":1}]} | no invoice 1 amount",
        "minimum above amount | {\"Code\":0,\"TotalAmount\":1.00,\"Brn\":1,\"invoices\":[{\"Sequence\":1,\"amount\":1.00,\"minAmount\":2.00}]} | must not be above the amount",
        "bad DueDate | {\"Code\":0,\"TotalAmount\":1.00,\"Brn\":1,\"invoices\":[{\"Sequence\":1,\"amount\":1.00,\"Data\":[{\"Key\":\"DueDate\",\"Value\":\"16/11/2026\"}]}]} | is not an ISO date"})
    void an_answer_that_cannot_be_a_bill_fails_naming_why(String name, String body,
        String reason) {
      stub(CallKind.INQUIRY, body);
      assertThat(failure(gateway.inquire(inquiry()))).contains(reason);
    }
  }

  // ---- fees --------------------------------------------------------------------------------

  @Nested
  @DisplayName("fees")
  class Fees {

    @Test
    void sends_amount_and_brn_and_reads_every_part_of_the_quote() {
      stub(CallKind.FEES, MomknStubScript.FEES_ANSWER);
      FeeQuote quote = answered(gateway.quoteFees(fees()));
      server.verify(1, postRequestedFor(urlEqualTo(path(CallKind.FEES)))
          .withHeader("Authorization", equalTo("Bearer " + TOKEN))
          .withHeader("Content-Type", equalTo("application/json"))
          .withRequestBody(equalToJson("""
              {"amount":250.00,"version":"1","serviceListVersion":"0","brn":"710001",
               "Data":[{"Key":"billingAccount","Value":"1000000101"}]}""")));
      assertThat(bodyOf(requestsTo(CallKind.FEES).get(0))).contains("\"amount\":250.00");
      assertThat(quote).isEqualTo(new FeeQuote(egp("250.00"), egp("4.50"), egp("0.63"),
          egp("0.00"), egp("255.13"), FeeSource.PROVIDER));
    }

    @Test
    void absent_parts_are_zero_and_an_absent_total_is_their_sum() {
      stub(CallKind.FEES, "{\"Code\":0,\"amount\":250.00,\"fees\":4.50,\"brn\":710001}");
      assertThat(answered(gateway.quoteFees(fees()))).isEqualTo(new FeeQuote(egp("250.00"),
          egp("4.50"), egp("0.00"), egp("0.00"), egp("254.50"), FeeSource.PROVIDER));
    }

    @Test
    void a_quote_for_another_amount_fails_the_integrity_check() {
      stub(CallKind.FEES, "{\"Code\":0,\"amount\":260.00,\"fees\":4.50,\"taxes\":0.63,"
          + "\"discount\":0,\"totalAmount\":265.13}");
      assertThat(failure(gateway.quoteFees(fees())))
          .contains("integrity").contains("amount 260.00 differs from the asked 250.00");
    }

    @Test
    void a_quote_that_does_not_add_up_fails() {
      stub(CallKind.FEES, "{\"Code\":0,\"amount\":250.00,\"fees\":4.50,\"taxes\":0.63,"
          + "\"totalAmount\":250.00}");
      assertThat(failure(gateway.quoteFees(fees()))).contains("total");
    }

    @Test
    void a_negative_fee_fails() {
      stub(CallKind.FEES, "{\"Code\":0,\"amount\":250.00,\"fees\":-4.50}");
      assertThat(failure(gateway.quoteFees(fees()))).contains("fee must not be negative");
    }

    @Test
    void a_non_zero_code_is_a_refusal_with_the_message_verbatim() {
      stub(CallKind.FEES, "{\"Code\":-13,\"Message\":\"بيانات ناقصة\",\"brn\":710001}");
      ReadOutcome<FeeQuote> outcome = gateway.quoteFees(fees());
      assertThat(outcome).isInstanceOf(ReadOutcome.Refused.class);
      assertThat(((ReadOutcome.Refused<FeeQuote>) outcome).answer()).isEqualTo(
          ProviderAnswer.of(BRN, "-13", "بيانات ناقصة"));
    }

    @Test
    void an_answer_without_code_fails() {
      stub(CallKind.FEES, "{\"amount\":250.00}");
      assertThat(failure(gateway.quoteFees(fees()))).contains("without Code");
    }
  }

  // ---- payment -----------------------------------------------------------------------------

  @Nested
  @DisplayName("payment")
  class Payment {

    @Test
    void sends_the_payment_once_and_reads_the_approval() {
      stub(CallKind.PAYMENT, MomknStubScript.paymentAnswer("250.00"));
      PaymentOutcome outcome = gateway.pay(payment(false));
      server.verify(1, postRequestedFor(urlEqualTo(path(CallKind.PAYMENT)))
          .withHeader("Authorization", equalTo("Bearer " + TOKEN))
          .withHeader("Content-Type", equalTo("application/json"))
          .withRequestBody(equalToJson("""
              {"billingAccount":"1000000101","version":"1","serviceListVersion":"0",
               "brn":"710001","Data":[{"Key":"billingAccount","Value":"1000000101"}],
               "hostTransactionID":"pay-0001","isRetry":false,"pmtMethod":"Cash",
               "compositeTransactionId":"pay-0001","amount":250.00}""")));
      assertThat(outcome).isEqualTo(new PaymentOutcome.Approved(
          ProviderAnswer.of(BRN, "0", PAID_MESSAGE), "Code 0"));
    }

    @Test
    void a_retry_carries_is_retry_and_the_same_host_transaction_id() {
      stub(CallKind.PAYMENT, MomknStubScript.paymentAnswer("250.00"));
      assertThat(gateway.pay(payment(true)).kind()).isEqualTo(OutcomeKind.APPROVED);
      server.verify(1, postRequestedFor(urlEqualTo(path(CallKind.PAYMENT)))
          .withRequestBody(equalToJson("""
              {"billingAccount":"1000000101","version":"1","serviceListVersion":"0",
               "brn":"710001","Data":[{"Key":"billingAccount","Value":"1000000101"}],
               "hostTransactionID":"pay-0001","isRetry":true,"pmtMethod":"Cash",
               "compositeTransactionId":"pay-0001","amount":250.00}""")));
    }

    @Test
    void the_configured_payment_method_is_sent() {
      stub(CallKind.PAYMENT, MomknStubScript.paymentAnswer("250.00"));
      gatewayWith(config().withPmtMethod("Wallet")).pay(payment(false));
      assertThat(bodyOf(requestsTo(CallKind.PAYMENT).get(0))).contains("\"pmtMethod\":\"Wallet\"");
    }

    @ParameterizedTest(name = "Code {0} is {1}")
    @CsvSource({"-13, NOT_PROCESSED", "-16, NOT_PROCESSED", "-12, DECLINED", "-1, DECLINED",
        "5, DECLINED", "101, DECLINED"})
    void each_code_is_classified_with_the_message_verbatim(int code, OutcomeKind kind) {
      stub(CallKind.PAYMENT, paymentAnswer(String.valueOf(code), DECLINED_MESSAGE));
      PaymentOutcome outcome = gateway.pay(payment(false));
      assertThat(outcome.kind()).isEqualTo(kind);
      assertThat(outcome.answer()).isEqualTo(ProviderAnswer.of(BRN, String.valueOf(code),
          DECLINED_MESSAGE));
      assertThat(outcome.reason()).contains("Code " + code);
      assertThat(requestsTo(CallKind.PAYMENT)).hasSize(1);
    }

    @Test
    void the_not_processed_codes_are_configurable() {
      MomknGateway configured = gatewayWith(config().withNotProcessedCodes(HashSet.of(-99)));
      stub(CallKind.PAYMENT, paymentAnswer("-99", "النظام مشغول"));
      assertThat(configured.pay(payment(false)).kind()).isEqualTo(OutcomeKind.NOT_PROCESSED);
      stub(CallKind.PAYMENT, paymentAnswer("-13", "بيانات ناقصة"));
      assertThat(configured.pay(payment(false)).kind()).isEqualTo(OutcomeKind.DECLINED);
    }

    @Test
    void an_answer_without_code_is_unknown() {
      stub(CallKind.PAYMENT, "{\"Message\":\"\",\"Brn\":710001,\"amount\":250.00}");
      PaymentOutcome outcome = gateway.pay(payment(false));
      assertThat(outcome.kind()).isEqualTo(OutcomeKind.UNKNOWN);
      assertThat(outcome.reason()).contains("without Code");
    }

    @Test
    void an_answer_naming_another_amount_is_unknown_even_with_code_zero() {
      stub(CallKind.PAYMENT, MomknStubScript.paymentAnswer("260.00"));
      PaymentOutcome outcome = gateway.pay(payment(false));
      assertThat(outcome).isEqualTo(new PaymentOutcome.Unknown(
          ProviderAnswer.of(BRN, "0", PAID_MESSAGE),
          "integrity check failed: amount 260.00 differs from the asked 250.00"));
    }

    @Test
    void an_answer_without_amount_or_with_the_same_value_otherwise_written_is_checked_by_code() {
      stub(CallKind.PAYMENT, "{\"Code\":0,\"Message\":\"ok\",\"Brn\":710001}");
      assertThat(gateway.pay(payment(false)).kind()).isEqualTo(OutcomeKind.APPROVED);
      stub(CallKind.PAYMENT, "{\"Code\":0,\"Message\":\"ok\",\"Brn\":710001,\"amount\":250}");
      assertThat(gateway.pay(payment(false)).kind()).isEqualTo(OutcomeKind.APPROVED);
    }

    @ParameterizedTest(name = "409, then status {0}: {1}")
    @CsvSource({"Success, APPROVED", "Failed, DECLINED", "Pending, PENDING",
        "NotFound, UNKNOWN"})
    void a_409_is_resolved_by_one_status_call(String status, OutcomeKind kind) {
      stub(CallKind.PAYMENT, WireFaults.status(409));
      stub(CallKind.STATUS, statusAnswer(status));
      PaymentOutcome outcome = gateway.pay(payment(true));
      assertThat(outcome.kind()).isEqualTo(kind);
      assertThat(outcome.reason()).contains("duplicate").contains("HTTP 409")
          .contains("status " + status);
      assertThat(requestsTo(CallKind.PAYMENT)).hasSize(1);
      server.verify(1, postRequestedFor(urlEqualTo(path(CallKind.STATUS)))
          .withRequestBody(equalToJson("""
              {"hostTransactionID":"pay-0001","version":"1","serviceListVersion":"0"}""")));
    }

    @Test
    void a_409_whose_status_cannot_be_had_is_unknown() {
      stub(CallKind.PAYMENT, WireFaults.status(409));
      stub(CallKind.STATUS, WireFaults.status(500));
      PaymentOutcome outcome = gateway.pay(payment(false));
      assertThat(outcome.kind()).isEqualTo(OutcomeKind.UNKNOWN);
      assertThat(outcome.reason()).contains("HTTP 409").contains("status unavailable");
    }

    @Test
    void an_http_400_keeps_the_providers_code_and_message_and_is_not_processed() {
      stub(CallKind.PAYMENT, WireFaults.status(400).withBody(
          "{\"Code\":-13,\"Message\":\"BadRequestException: حقل مفقود\"}"));
      PaymentOutcome outcome = gateway.pay(payment(false));
      assertThat(outcome.kind()).isEqualTo(OutcomeKind.NOT_PROCESSED);
      // Issue 15: the provider's own code, no longer "HTTP 400" (which stays in the reason).
      assertThat(outcome.answer().code()).contains("-13");
      assertThat(outcome.reason()).contains("HTTP 400");
      assertThat(outcome.answer().message().get()).contains("حقل مفقود");
    }

    @Test
    void the_payment_read_timeout_is_its_own() {
      stub(CallKind.PAYMENT, json(MomknStubScript.paymentAnswer("250.00"))
          .withFixedDelay((int) ContractSettings.READ_TIMEOUT.multipliedBy(2).toMillis()));
      MomknGateway patient = gatewayWith(config().withHttp(SETTINGS.withReadTimeout(
          CallKind.PAYMENT, ContractSettings.READ_TIMEOUT.multipliedBy(8))));
      assertThat(patient.pay(payment(false)).kind()).isEqualTo(OutcomeKind.APPROVED);
      assertThat(gateway.pay(payment(false)).kind()).isEqualTo(OutcomeKind.UNKNOWN);
    }
  }

  // ---- status ------------------------------------------------------------------------------

  @Nested
  @DisplayName("status")
  class Status {

    @ParameterizedTest(name = "Status {0} is {1}")
    @CsvSource({"Success, APPROVED", "success, APPROVED", "Failed, DECLINED",
        "FAILED, DECLINED", "Pending, PENDING", "pending, PENDING", "NotFound, NOT_PROCESSED",
        "NOTFOUND, NOT_PROCESSED", "Reversed, UNKNOWN"})
    void each_status_is_classified(String status, OutcomeKind kind) {
      stub(CallKind.STATUS, statusAnswer(status));
      PaymentOutcome outcome = gateway.checkStatus(status());
      server.verify(1, postRequestedFor(urlEqualTo(path(CallKind.STATUS)))
          .withHeader("Authorization", equalTo("Bearer " + TOKEN))
          .withHeader("Content-Type", equalTo("application/json"))
          .withRequestBody(equalToJson("""
              {"hostTransactionID":"pay-0001","version":"1","serviceListVersion":"0"}""")));
      assertThat(outcome.kind()).isEqualTo(kind);
      assertThat(outcome.answer()).isEqualTo(ProviderAnswer.of(BRN, "0", PAID_MESSAGE));
    }

    @Test
    void code_minus_16_means_never_received() {
      stub(CallKind.STATUS, "{\"Code\":-16,\"Message\":\"" + NO_DATA_MESSAGE + "\"}");
      PaymentOutcome outcome = gateway.checkStatus(status());
      assertThat(outcome).isInstanceOf(PaymentOutcome.NotProcessed.class);
      assertThat(outcome.answer()).isEqualTo(new ProviderAnswer(Option.none(), Option.some("-16"),
          Option.some(NO_DATA_MESSAGE)));
    }

    @ParameterizedTest(name = "Code {0}")
    @CsvSource({"-13", "-1", "7"})
    void any_other_non_zero_code_is_unknown(int code) {
      stub(CallKind.STATUS, "{\"Code\":" + code + ",\"Message\":\"" + SUCCESS_MESSAGE
          + "\",\"Status\":\"Success\"}");
      PaymentOutcome outcome = gateway.checkStatus(status());
      assertThat(outcome.kind()).isEqualTo(OutcomeKind.UNKNOWN);
      assertThat(outcome.answer().message()).contains(SUCCESS_MESSAGE);
    }

    @Test
    void an_answer_without_status_or_code_is_unknown() {
      stub(CallKind.STATUS, "{\"Code\":0,\"Message\":\"\"}");
      assertThat(gateway.checkStatus(status()).reason()).contains("without Status");
      stub(CallKind.STATUS, "{\"Status\":\"Success\"}");
      assertThat(gateway.checkStatus(status()).reason()).contains("without Code");
    }

    @Test
    void a_status_naming_another_amount_is_unknown() {
      stub(CallKind.STATUS, "{\"Code\":0,\"Status\":\"Success\",\"Brn\":710001,"
          + "\"amount\":25.00}");
      PaymentOutcome outcome = gateway.checkStatus(status());
      assertThat(outcome.kind()).isEqualTo(OutcomeKind.UNKNOWN);
      assertThat(outcome.reason()).contains("integrity")
          .contains("amount 25.00 differs from the asked 250.00");
    }
  }

  // ---- currency ----------------------------------------------------------------------------

  @Nested
  @DisplayName("EGP only")
  class EgpOnly {

    @Test
    void a_biller_in_another_currency_is_refused_before_any_call() {
      var lira = biller(Currencies.TRY);
      var liraAmount = MomknStubScript.money("250.00", Currencies.TRY);
      ReadOutcome<Bill> inquiry = gateway.inquire(
          new InquiryRequest(lira, new AccountRef(ACCOUNT), HashMap.empty()));
      ReadOutcome<FeeQuote> quote = gateway.quoteFees(
          new FeeRequest(lira, MomknStubScript.bill(), liraAmount, TreeSet.of(1)));
      PaymentOutcome payment = gateway.pay(new PayRequest(PAYMENT_ID, lira,
          new AccountRef(ACCOUNT), new BillReference(BRN), liraAmount, TreeSet.of(1),
          Option.none(), false, Option.none()));
      PaymentOutcome status = gateway.checkStatus(new StatusRequest(PAYMENT_ID, lira,
          new AccountRef(ACCOUNT), new BillReference(BRN), liraAmount));

      assertThat(inquiry).isEqualTo(new ReadOutcome.Refused<Bill>(ProviderAnswer.none(),
          "Momkn serves EGP only; biller momkn-362 is in TRY (not sent)"));
      assertThat(quote).isInstanceOf(ReadOutcome.Refused.class);
      assertThat(payment).isEqualTo(new PaymentOutcome.NotProcessed(ProviderAnswer.none(),
          "Momkn serves EGP only; biller momkn-362 is in TRY (not sent)", Option.none()));
      assertThat(status.kind()).isEqualTo(OutcomeKind.UNKNOWN);
      assertThat(server.getAllServeEvents()).isEmpty();
    }

    @Test
    void an_amount_in_another_currency_is_refused_before_any_call() {
      PaymentOutcome payment = gateway.pay(new PayRequest(PAYMENT_ID, biller(Currencies.EGP),
          new AccountRef(ACCOUNT), new BillReference(BRN),
          MomknStubScript.money("250.00", Currencies.USD), TreeSet.of(1), Option.none(), false,
          Option.none()));
      assertThat(payment.kind()).isEqualTo(OutcomeKind.NOT_PROCESSED);
      assertThat(payment.reason()).contains("the amount is in USD");
      assertThat(server.getAllServeEvents()).isEmpty();
    }
  }

  // ---- the gateway and its configuration -----------------------------------------------------

  @Nested
  @DisplayName("configuration")
  class Configuration {

    @Test
    void the_gateway_is_momkn_with_fees_status_and_retry() {
      assertThat(gateway.provider()).isEqualTo(new ProviderId("momkn"));
      assertThat(gateway.capabilities()).isEqualTo(new GatewayCapabilities(true, true, true));
    }

    @Test
    void the_factory_fills_the_documented_defaults() {
      MomknConfig config = MomknConfig.of(MomknConfig.TEST_BASE_URL, "2030", "user",
          Secret.of("pw"), "Merchant", "API", "taksit-01");
      assertThat(config.problems()).isEmpty();
      assertThat(config.baseUrl()).isEqualTo("https://test.momkn.org/gateway/api/v2");
      assertThat(config.version()).isEqualTo("1");
      assertThat(config.serviceListVersion()).isEqualTo("0");
      assertThat(config.pmtMethod()).isEqualTo("Cash");
      assertThat(config.zone()).isEqualTo(ZoneId.of("Africa/Cairo"));
      assertThat(config.tokenLifetime()).isEqualTo(Duration.ofMinutes(10));
      assertThat(config.billValidity()).isEqualTo(Duration.ofMinutes(15));
      assertThat(config.notProcessedCodes()).isEqualTo(HashSet.of(-13, -16));
      assertThat(config.http()).isEqualTo(HttpSettings.DEFAULTS);
      assertThat(MomknGateway.create(config)).isNotNull();
    }

    @Test
    void every_problem_is_reported_at_once_by_key() {
      MomknConfig broken = new MomknConfig(null, " ", "", null, null, "", " ", "", null, "",
          null, Duration.ZERO, Duration.ofMinutes(-1), null, null);
      assertThat(broken.problems().map(ConfigProblem::key)).containsExactly(
          "momkn.baseUrl", "momkn.accountId", "momkn.userName", "momkn.password",
          "momkn.channelCategory", "momkn.channelType", "momkn.channelIdentifier",
          "momkn.version", "momkn.serviceListVersion", "momkn.pmtMethod", "momkn.zone",
          "momkn.tokenLifetime", "momkn.billValidity", "momkn.http", "momkn.notProcessedCodes");
      assertThatThrownBy(() -> MomknGateway.create(broken))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("momkn.baseUrl").hasMessageContaining("momkn.notProcessedCodes");
    }

    @Test
    void plain_http_is_refused_except_on_loopback() {
      assertThat(config().withHttp(SETTINGS).problems()).isEmpty();
      MomknConfig remote = MomknConfig.of("http://test.momkn.org/gateway/api/v2", "2030",
          "user", Secret.of("pw"), "Merchant", "API", "taksit-01");
      assertThat(remote.problems()).containsExactly(new ConfigProblem("momkn.baseUrl",
          "must use https (plain http only for loopback hosts)"));
      assertThat(MomknConfig.of("http://localhost:8080/momkn/gateway/api/v2", "2030", "user",
          Secret.of("pw"), "Merchant", "API", "taksit-01").problems()).isEmpty();
      assertThatThrownBy(() -> new MomknGateway(remote, HttpCalls.of(SETTINGS), clock))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("https");
    }

    @Test
    void the_success_code_cannot_be_a_not_processed_code() {
      assertThat(config().withNotProcessedCodes(HashSet.of(-13, 0)).problems()).containsExactly(
          new ConfigProblem("momkn.notProcessedCodes", "must not contain 0, Momkn's success code"));
    }

    @Test
    void the_password_never_shows_in_a_to_string() {
      MomknConfig config = config();
      assertThat(config.toString()).doesNotContain(PASSWORD).contains("Secret[****]");
      assertThat(gateway.toString()).doesNotContain(PASSWORD).contains("MomknGateway");
      assertThat(new MomknAuthenticateRequest("u", PASSWORD, "c", "t", "d", "1", "0").toString())
          .doesNotContain(PASSWORD);
      assertThat(new MomknAuthenticateResponse(0, "", TOKEN, 900L).toString())
          .doesNotContain(TOKEN);
    }
  }
}
