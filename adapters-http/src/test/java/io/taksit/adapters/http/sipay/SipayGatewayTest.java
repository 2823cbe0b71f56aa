package io.taksit.adapters.http.sipay;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.taksit.adapters.http.sipay.SipaySamples.ACCESS_TOKEN;
import static io.taksit.adapters.http.sipay.SipaySamples.CLIENT_ID;
import static io.taksit.adapters.http.sipay.SipaySamples.INQUIRY_PATH;
import static io.taksit.adapters.http.sipay.SipaySamples.NEXT_OID;
import static io.taksit.adapters.http.sipay.SipaySamples.NEXT_ROW;
import static io.taksit.adapters.http.sipay.SipaySamples.OID;
import static io.taksit.adapters.http.sipay.SipaySamples.PAYMENT_PATH;
import static io.taksit.adapters.http.sipay.SipaySamples.ROW;
import static io.taksit.adapters.http.sipay.SipaySamples.TOKEN_PATH;
import static io.taksit.adapters.http.sipay.SipaySamples.try_;
import static io.taksit.adapters.http.sipay.SipayStubScript.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.taksit.adapters.http.contract.ContractSettings;
import io.taksit.adapters.http.contract.WireFaults;
import io.taksit.adapters.http.support.CallKind;
import io.taksit.adapters.http.support.ConfigProblem;
import io.taksit.adapters.http.support.HttpCalls;
import io.taksit.adapters.http.support.HttpSettings;
import io.taksit.adapters.http.support.Secret;
import io.taksit.application.contract.MovableClock;
import io.taksit.application.port.out.BillingGateway;
import io.taksit.application.port.out.GatewayCapabilities;
import io.taksit.application.port.out.ReadOutcome;
import io.taksit.domain.bill.Bill;
import io.taksit.domain.bill.BillReference;
import io.taksit.domain.bill.Invoice;
import io.taksit.domain.bill.InvoiceExpenses;
import io.taksit.domain.fee.FeeQuote;
import io.taksit.domain.payment.OutcomeKind;
import io.taksit.domain.payment.PaymentId;
import io.taksit.domain.payment.PaymentOutcome;
import io.taksit.domain.payment.ProviderAnswer;
import io.taksit.domain.provider.ProviderId;
import io.vavr.collection.HashMap;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sipay Wallet beyond the contract: every field, every code, the quirks, tokens, config. */
class SipayGatewayTest {

  @RegisterExtension
  static WireMockExtension server = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort())
      .build();

  private static final HttpSettings SETTINGS = ContractSettings.SETTINGS;

  private final MovableClock clock = new MovableClock(Instant.parse("2026-03-20T09:00:00Z"));
  private SipayGateway gateway;

  @BeforeEach
  void tokenAndGateway() {
    server.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(json(SipaySamples.TOKEN_ANSWER)));
    gateway = gateway(SipaySamples.config(baseUrl()).withHttp(SETTINGS));
  }

  private SipayGateway gateway(SipayConfig config) {
    return new SipayGateway(config, HttpCalls.of(config.http()), clock);
  }

  private static String baseUrl() {
    return server.baseUrl() + SipaySamples.BASE_PATH;
  }

  private static void inquiryAnswers(String body) {
    server.stubFor(post(urlPathEqualTo(INQUIRY_PATH)).willReturn(json(body)));
  }

  private static void inquiryAnswers(ResponseDefinitionBuilder response) {
    server.stubFor(post(urlPathEqualTo(INQUIRY_PATH)).willReturn(response));
  }

  private static void paymentAnswers(String body) {
    server.stubFor(post(urlPathEqualTo(PAYMENT_PATH)).willReturn(json(body)));
  }

  private static void paymentAnswers(ResponseDefinitionBuilder response) {
    server.stubFor(post(urlPathEqualTo(PAYMENT_PATH)).willReturn(response));
  }

  private static RequestPatternBuilder calls(String path) {
    return postRequestedFor(urlPathEqualTo(path));
  }

  private static RequestPatternBuilder authorized(String path) {
    return calls(path)
        .withHeader("Authorization", equalTo("Bearer " + ACCESS_TOKEN))
        .withHeader("x-client-id", equalTo(CLIENT_ID))
        .withHeader("Content-Type", containing("application/json"));
  }

  private static final String SEED_INQUIRY_REQUEST = """
      {"product_oid": "8064fb0c-c556-4104-8fe4-9779c6dc3721", "subscriber_no1": "5536557580"}""";

  private static PaymentId id(String value) {
    return new PaymentId(value);
  }

  private static Bill answered(ReadOutcome<Bill> outcome) {
    assertThat(outcome).isInstanceOf(ReadOutcome.Answered.class);
    return ((ReadOutcome.Answered<Bill>) outcome).value();
  }

  private static BillingGateway.PayRequest payWithoutBill(String id, String amount,
      SortedSet<Integer> invoices) {
    return new BillingGateway.PayRequest(id(id), SipaySamples.biller(), SipaySamples.account(),
        new BillReference(OID), try_(amount), invoices, Option.none(), false, Option.none());
  }

  @Nested
  @DisplayName("inquiry")
  class Inquiry {

    @Test
    void maps_every_field_of_the_seed_invoice() {
      inquiryAnswers(SipaySamples.INQUIRY_ANSWER);

      Bill bill = answered(gateway.inquire(SipaySamples.inquiryRequest()));

      server.verify(1, authorized(INQUIRY_PATH)
          .withRequestBody(equalToJson(SEED_INQUIRY_REQUEST, false, false)));
      assertThat(bill.billerId()).isEqualTo(SipaySamples.biller().id());
      assertThat(bill.account()).isEqualTo(SipaySamples.account());
      assertThat(bill.reference()).isEqualTo(new BillReference(OID));
      assertThat(bill.customerName()).contains("Ayşe Yılmaz");
      assertThat(bill.totalDue()).isEqualTo(try_("196.50"));
      assertThat(bill.expiresAt()).isEmpty();
      assertThat(bill.invoices()).containsExactly(new Invoice(1, "03/2023", try_("196.50"),
          Option.some(try_("196.50")), Option.some(try_("196.50")),
          Option.some(LocalDate.parse("2023-03-20")), false,
          // Issue 15: the seed's expenses (all 0.00) are typed on the invoice.
          Option.some(new InvoiceExpenses(try_("0.00"), Option.some(try_("0.00")),
              Option.some(try_("0.00"))))));
      assertThat(bill.data()).isEqualTo(LinkedHashMap.of(
          "invoice.1.bill_term", "03/2023",
          "invoice.1.bill_no", "2023XXX887",
          "invoice.1.invoice_date", "2023-03-01",
          "invoice.1.bill_due_date", "2023-03-20",
          "invoice.1.subscriber_nos", "5536557580",
          "invoice.1.subscriber_no1", "5536557580",
          "invoice.1.subscriber_name", "Ayşe Yılmaz",
          "invoice.1.product_oid", "8064fb0c-c556-4104-8fe4-9779c6dc3721",
          "invoice.1.invoice_amount", "196.50",
          "invoice.1.expense_amount", "0.00")
          .put("invoice.1.expense_firm_amount", "0.00")
          .put("invoice.1.expense_dealer_amount", "0.00")
          .put("invoice.1.partial_payment_allowed", "false")
          .put("invoice.1.inv_payment_transaction_query_oid", OID)
          .put("invoice.1.payment_order_no", "1"));
    }

    @Test
    void numbers_invoices_in_due_date_order_and_refers_to_the_oldest() {
      inquiryAnswers(SipaySamples.inquiryAnswer(NEXT_ROW, ROW));

      Bill bill = answered(gateway.inquire(SipaySamples.inquiryRequest()));

      assertThat(bill.reference()).isEqualTo(new BillReference(OID));
      assertThat(bill.invoices().map(Invoice::alias)).containsExactly("03/2023", "04/2023");
      assertThat(bill.invoice(2).get()).isEqualTo(new Invoice(2, "04/2023", try_("210.25"),
          Option.none(), Option.none(), Option.some(LocalDate.parse("2023-04-20")), false));
      assertThat(bill.totalDue()).isEqualTo(try_("406.75"));
      assertThat(bill.data().get("invoice.1.inv_payment_transaction_query_oid")).contains(OID);
      assertThat(bill.data().get("invoice.2.inv_payment_transaction_query_oid"))
          .contains(NEXT_OID);
      assertThat(bill.data().get("invoice.2.bill_no")).contains("2023XXX912");
      assertThat(bill.data().get("invoice.2.partial_payment_allowed")).contains("true");
    }

    @Test
    void sends_subscriber_numbers_two_and_three_from_the_extra_fields() {
      inquiryAnswers(SipaySamples.INQUIRY_ANSWER);
      BillingGateway.InquiryRequest request = new BillingGateway.InquiryRequest(
          SipaySamples.biller(), SipaySamples.account(),
          HashMap.of("subscriber_no2", "12345678901", "subscriber_no3", "K-7"));

      answered(gateway.inquire(request));

      server.verify(1, authorized(INQUIRY_PATH).withRequestBody(equalToJson("""
          {"product_oid": "8064fb0c-c556-4104-8fe4-9779c6dc3721", "subscriber_no1": "5536557580",
           "subscriber_no2": "12345678901", "subscriber_no3": "K-7"}""", false, false)));
    }

    @Test
    void a_code_other_than_100_is_a_refusal_with_the_turkish_message_verbatim() {
      inquiryAnswers("""
          {"status": 1, "code": "102", "message": "Ödenecek fatura bulunamadı", "payload": []}""");

      ReadOutcome<Bill> outcome = gateway.inquire(SipaySamples.inquiryRequest());

      assertThat(outcome).isInstanceOf(ReadOutcome.Refused.class);
      ReadOutcome.Refused<Bill> refused = (ReadOutcome.Refused<Bill>) outcome;
      assertThat(refused.answer()).isEqualTo(
          new ProviderAnswer(Option.none(), Option.some("102"),
              Option.some("Ödenecek fatura bulunamadı")));
      assertThat(refused.reason()).contains("code 102");
    }

    @Test
    void code_100_with_no_invoice_is_a_refusal() {
      inquiryAnswers(SipaySamples.inquiryAnswer());

      ReadOutcome<Bill> outcome = gateway.inquire(SipaySamples.inquiryRequest());

      assertThat(outcome).isInstanceOf(ReadOutcome.Refused.class);
      assertThat(((ReadOutcome.Refused<Bill>) outcome).answer().message())
          .contains("İşlem başarılı");
      assertThat(((ReadOutcome.Refused<Bill>) outcome).reason()).contains("no outstanding");
    }

    @Test
    void an_amount_finer_than_kurus_or_a_row_without_query_oid_is_unusable() {
      inquiryAnswers(SipaySamples.inquiryAnswer(ROW.replace("196.50", "196.505")));
      assertThat(gateway.inquire(SipaySamples.inquiryRequest()))
          .isInstanceOfSatisfying(ReadOutcome.Failed.class,
              failed -> assertThat(failed.reason()).contains("invoice_amount 196.505"));

      inquiryAnswers(SipaySamples.inquiryAnswer(
          ROW.replace("\"inv_payment_transaction_query_oid\": \"" + OID + "\",", "")));
      assertThat(gateway.inquire(SipaySamples.inquiryRequest()))
          .isInstanceOfSatisfying(ReadOutcome.Failed.class,
              failed -> assertThat(failed.reason()).contains("inv_payment_transaction_query_oid"));
    }

    @Test
    void a_row_without_a_readable_due_date_comes_last() {
      inquiryAnswers(SipaySamples.inquiryAnswer(
          NEXT_ROW.replace("2023-04-20T00:00:00", "20.04.2023"), ROW));

      Bill bill = answered(gateway.inquire(SipaySamples.inquiryRequest()));

      assertThat(bill.invoices().map(Invoice::alias)).containsExactly("03/2023", "04/2023");
      assertThat(bill.invoice(2).get().dueDate()).isEmpty();
      assertThat(bill.data().get("invoice.2.bill_due_date")).contains("20.04.2023");
    }
  }

  @Nested
  @DisplayName("payment")
  class Payment {

    @Test
    void sends_the_seed_request_with_the_payment_id_and_maps_the_seed_answer() {
      paymentAnswers(SipaySamples.PAYMENT_ANSWER);

      PaymentOutcome outcome = gateway.pay(SipaySamples.payRequest(id("pay-1")));

      server.verify(1, authorized(PAYMENT_PATH)
          .withRequestBody(equalToJson(SipaySamples.paymentRequest("pay-1"), false, false)));
      assertThat(outcome).isInstanceOf(PaymentOutcome.Approved.class);
      assertThat(outcome.answer())
          .isEqualTo(ProviderAnswer.of("ABRVXXX7304", "100", "İşlem başarılı"));
      assertThat(outcome.reason()).isEqualTo("code 100; transaction_fee 0.000000, "
          + "charged_amount 196.500000, payment_transaction_id 9623XX2189");
      server.verify(0, calls(INQUIRY_PATH));
    }

    @ParameterizedTest(name = "code {0}")
    @CsvSource(delimiter = '|', value = {
        "311 | Yetersiz bakiye | insufficient wallet balance",
        "300 | Cüzdan bulunamadı veya geçersiz | wallet not found or invalid",
        "306 | IBAN ve isim uyuşmuyor | IBAN/name mismatch",
        "999 | Kurum servisine ulaşılamıyor | refused by Sipay"})
    void refusal_codes_are_declined_with_the_message_verbatim(String code, String message,
        String meaning) {
      paymentAnswers(SipaySamples.paymentRefusal(code, message));

      PaymentOutcome outcome = gateway.pay(SipaySamples.payRequest(id("pay-" + code)));

      assertThat(outcome).isInstanceOf(PaymentOutcome.Declined.class);
      assertThat(outcome.answer()).isEqualTo(
          new ProviderAnswer(Option.none(), Option.some(code), Option.some(message)));
      assertThat(outcome.reason()).isEqualTo("code " + code + ": " + meaning);
      server.verify(1, calls(PAYMENT_PATH));
    }

    @Test
    void duplicate_code_301_is_approved_when_re_inquiry_no_longer_lists_the_invoice() {
      paymentAnswers(SipaySamples.paymentRefusal("301", "Mükerrer işlem"));
      inquiryAnswers(SipaySamples.INQUIRY_AFTER_PAYMENT);

      PaymentOutcome outcome = gateway.pay(SipaySamples.payRequest(id("pay-301")));

      assertThat(outcome).isInstanceOf(PaymentOutcome.Approved.class);
      assertThat(outcome.answer().code()).contains("301");
      assertThat(outcome.answer().message()).contains("Mükerrer işlem");
      assertThat(outcome.reason()).contains("code 301").contains("invoice no longer outstanding");
      server.verify(1, calls(PAYMENT_PATH));
      server.verify(1, authorized(INQUIRY_PATH)
          .withRequestBody(equalToJson(SEED_INQUIRY_REQUEST, false, false)));
    }

    @Test
    void duplicate_code_301_is_unknown_while_the_invoice_is_still_listed() {
      paymentAnswers(SipaySamples.paymentRefusal("301", "Mükerrer işlem"));
      inquiryAnswers(SipaySamples.INQUIRY_ANSWER);

      PaymentOutcome outcome = gateway.pay(SipaySamples.payRequest(id("pay-301b")));

      assertThat(outcome).isInstanceOf(PaymentOutcome.Unknown.class);
      assertThat(outcome.reason()).contains("still outstanding");
    }

    @Test
    void http_409_is_unknown_when_the_re_inquiry_fails() {
      paymentAnswers(WireFaults.status(409));
      inquiryAnswers(WireFaults.status(500));

      PaymentOutcome outcome = gateway.pay(SipaySamples.payRequest(id("pay-409")));

      assertThat(outcome).isInstanceOf(PaymentOutcome.Unknown.class);
      assertThat(outcome.answer().code()).contains("HTTP 409");
      assertThat(outcome.reason()).contains("HTTP 409").contains("HTTP 500");
      server.verify(1, calls(PAYMENT_PATH));
    }

    @Test
    void a_wallet_in_another_currency_fails_the_integrity_check() {
      paymentAnswers(SipaySamples.PAYMENT_ANSWER.replace("\"TRY\"", "\"EUR\""));

      PaymentOutcome outcome = gateway.pay(SipaySamples.payRequest(id("pay-eur")));

      assertThat(outcome).isInstanceOf(PaymentOutcome.Unknown.class);
      assertThat(outcome.reason()).contains("integrity")
          .contains("payload.sender_wallet_info.currency_code EUR")
          .doesNotContain("payload.transaction_amount");
    }

    @Test
    void another_transaction_amount_fails_the_integrity_check_naming_the_field() {
      paymentAnswers(SipaySamples.paymentAnswerOf("169.50"));

      PaymentOutcome outcome = gateway.pay(SipaySamples.payRequest(id("pay-amt")));

      assertThat(outcome).isInstanceOf(PaymentOutcome.Unknown.class);
      assertThat(outcome.reason())
          .contains("payload.transaction_amount 169.50 differs from the asked 196.50");
      assertThat(outcome.answer().reference()).contains("ABRVXXX7304");
    }

    @Test
    void success_without_payload_or_an_answer_without_code_is_unknown() {
      paymentAnswers("{\"status\": 0, \"code\": \"100\", \"message\": \"İşlem başarılı\"}");
      assertThat(gateway.pay(SipaySamples.payRequest(id("pay-np"))).kind())
          .isEqualTo(OutcomeKind.UNKNOWN);

      paymentAnswers("{\"status\": 0, \"message\": \"?\"}");
      PaymentOutcome outcome = gateway.pay(SipaySamples.payRequest(id("pay-nc")));
      assertThat(outcome.kind()).isEqualTo(OutcomeKind.UNKNOWN);
      assertThat(outcome.reason()).contains("without a code");
    }

    @Test
    void more_than_one_invoice_is_not_processed_before_any_call() {
      Bill two = SipaySamples.billOf(SipaySamples.inquiryAnswer(ROW, NEXT_ROW));
      BillingGateway.PayRequest request = SipaySamples.payRequest(id("pay-2"), Option.some(two),
          TreeSet.of(1, 2));

      PaymentOutcome outcome = gateway.pay(request);

      assertThat(outcome).isInstanceOf(PaymentOutcome.NotProcessed.class);
      assertThat(outcome.reason()).contains("exactly one invoice per MakePayment call")
          .contains("2 chosen (1, 2)");
      assertThat(server.getAllServeEvents()).isEmpty();
    }

    @Test
    void no_invoice_chosen_pays_the_only_one_but_is_refused_when_there_are_several() {
      paymentAnswers(SipaySamples.PAYMENT_ANSWER);
      assertThat(gateway.pay(SipaySamples.payRequest(id("pay-only"),
          Option.some(SipaySamples.bill()), TreeSet.empty())).kind())
          .isEqualTo(OutcomeKind.APPROVED);

      Bill two = SipaySamples.billOf(SipaySamples.inquiryAnswer(ROW, NEXT_ROW));
      PaymentOutcome outcome = gateway.pay(SipaySamples.payRequest(id("pay-none"),
          Option.some(two), TreeSet.empty()));
      assertThat(outcome).isInstanceOf(PaymentOutcome.NotProcessed.class);
      assertThat(outcome.reason()).contains("no invoice chosen");
      server.verify(1, calls(PAYMENT_PATH));
    }

    @Test
    void the_second_invoice_of_an_inquired_bill_is_paid_with_its_own_fields() {
      Bill two = SipaySamples.billOf(SipaySamples.inquiryAnswer(ROW, NEXT_ROW));
      paymentAnswers(SipaySamples.paymentAnswerOf("210.25"));

      PaymentOutcome outcome = gateway.pay(new BillingGateway.PayRequest(id("pay-next"),
          SipaySamples.biller(), SipaySamples.account(), new BillReference(OID), try_("210.25"),
          TreeSet.of(2), Option.none(), false, Option.some(two)));

      assertThat(outcome.kind()).isEqualTo(OutcomeKind.APPROVED);
      server.verify(1, calls(PAYMENT_PATH).withRequestBody(equalToJson("""
          {"tenant_id": 0, "account_type_id": 1, "account_number": "28XX01",
           "wallet_number": "25XX25",
           "inv_payment_transaction_query_oid": "91XX47-FXX6-4XX4-8DXX-B1XX98",
           "invoice_amount": 210.25, "payment_amount": 210.25,
           "product_oid": "8064fb0c-c556-4104-8fe4-9779c6dc3721", "subscriber_no": "5536557580",
           "bill_term": "04/2023", "bill_no": "2023XXX912", "ext_order_id": "pay-next"}""",
          false, false)));
    }

    @Test
    void an_inquired_bill_of_another_reference_or_an_unknown_invoice_is_not_processed() {
      BillingGateway.PayRequest other = new BillingGateway.PayRequest(id("pay-ref"),
          SipaySamples.biller(), SipaySamples.account(), new BillReference("another-oid"),
          try_("196.50"), TreeSet.of(1), Option.none(), false, Option.some(SipaySamples.bill()));
      assertThat(gateway.pay(other)).isInstanceOfSatisfying(PaymentOutcome.NotProcessed.class,
          outcome -> assertThat(outcome.reason()).contains("another-oid"));

      assertThat(gateway.pay(SipaySamples.payRequest(id("pay-3"),
          Option.some(SipaySamples.bill()), TreeSet.of(3))))
          .isInstanceOfSatisfying(PaymentOutcome.NotProcessed.class,
              outcome -> assertThat(outcome.reason()).contains("invoice 3 is not"));
      assertThat(server.getAllServeEvents()).isEmpty();
    }

    @Test
    void with_per_kind_timeouts_a_slow_payment_is_awaited_longer_than_an_inquiry() {
      SipayGateway patient = gateway(SipaySamples.config(baseUrl())
          .withHttp(SETTINGS.withReadTimeout(CallKind.PAYMENT, Duration.ofSeconds(3))));
      paymentAnswers(json(SipaySamples.PAYMENT_ANSWER).withFixedDelay(800));
      inquiryAnswers(json(SipaySamples.INQUIRY_ANSWER).withFixedDelay(800));

      assertThat(patient.pay(SipaySamples.payRequest(id("pay-slow"))).kind())
          .isEqualTo(OutcomeKind.APPROVED);
      assertThat(patient.inquire(SipaySamples.inquiryRequest()))
          .isInstanceOf(ReadOutcome.Failed.class);
    }
  }

  @Nested
  @DisplayName("payment without the inquiry answer: re-inquiry first")
  class PaymentAfterReInquiry {

    @Test
    void finds_the_invoice_by_the_bill_reference_and_pays_it() {
      inquiryAnswers(SipaySamples.INQUIRY_ANSWER);
      paymentAnswers(SipaySamples.PAYMENT_ANSWER);

      PaymentOutcome outcome = gateway.pay(payWithoutBill("pay-re", "196.50", TreeSet.of(1)));

      assertThat(outcome.kind()).isEqualTo(OutcomeKind.APPROVED);
      server.verify(1, authorized(INQUIRY_PATH)
          .withRequestBody(equalToJson(SEED_INQUIRY_REQUEST, false, false)));
      server.verify(1, authorized(PAYMENT_PATH)
          .withRequestBody(equalToJson(SipaySamples.paymentRequest("pay-re"), false, false)));
    }

    @Test
    void counts_the_chosen_invoice_from_the_bill_reference() {
      String older = ROW.replace(OID, "89XX45-OLD").replace("2023-03-20", "2023-02-20")
          .replace("2023XXX887", "2023XXX850").replace("03/2023", "02/2023");
      inquiryAnswers(SipaySamples.inquiryAnswer(older, ROW, NEXT_ROW));
      paymentAnswers(SipaySamples.paymentAnswerOf("210.25"));

      PaymentOutcome outcome = gateway.pay(payWithoutBill("pay-re2", "210.25", TreeSet.of(2)));

      assertThat(outcome.kind()).isEqualTo(OutcomeKind.APPROVED);
      server.verify(1, calls(PAYMENT_PATH).withRequestBody(
          equalToJson("{\"inv_payment_transaction_query_oid\": \"" + NEXT_OID
              + "\", \"bill_no\": \"2023XXX912\"}", false, true)));
    }

    @Test
    void an_invoice_gone_from_the_re_inquiry_is_not_processed_and_not_sent() {
      inquiryAnswers(SipaySamples.INQUIRY_AFTER_PAYMENT);
      assertThat(gateway.pay(payWithoutBill("pay-gone", "196.50", TreeSet.of(1))))
          .isInstanceOfSatisfying(PaymentOutcome.NotProcessed.class,
              outcome -> assertThat(outcome.reason()).isEqualTo("invoice no longer outstanding"));

      inquiryAnswers(SipaySamples.inquiryAnswer());
      assertThat(gateway.pay(payWithoutBill("pay-empty", "196.50", TreeSet.of(1))))
          .isInstanceOfSatisfying(PaymentOutcome.NotProcessed.class,
              outcome -> assertThat(outcome.reason()).isEqualTo("invoice no longer outstanding"));

      server.verify(0, calls(PAYMENT_PATH));
    }

    @Test
    void a_failed_or_refused_re_inquiry_is_not_processed_and_not_sent() {
      inquiryAnswers(WireFaults.throttled("3600"));
      assertThat(gateway.pay(payWithoutBill("pay-429", "196.50", TreeSet.of(1))))
          .isInstanceOfSatisfying(PaymentOutcome.NotProcessed.class,
              outcome -> assertThat(outcome.retryAfter()).contains(Duration.ofHours(1)));

      inquiryAnswers("{\"status\": 1, \"code\": \"500\", \"message\": \"Sistem hatası\"}");
      assertThat(gateway.pay(payWithoutBill("pay-500", "196.50", TreeSet.of(1))))
          .isInstanceOfSatisfying(PaymentOutcome.NotProcessed.class, outcome -> {
            assertThat(outcome.answer().message()).contains("Sistem hatası");
            assertThat(outcome.reason()).contains("code 500");
          });

      server.verify(0, calls(PAYMENT_PATH));
    }
  }

  @Nested
  @DisplayName("status by re-inquiry")
  class Status {

    @Test
    void the_invoice_gone_is_approved() {
      inquiryAnswers(SipaySamples.INQUIRY_AFTER_PAYMENT);

      PaymentOutcome outcome = gateway.checkStatus(SipaySamples.statusRequest(id("st-1")));

      assertThat(outcome).isInstanceOf(PaymentOutcome.Approved.class);
      assertThat(outcome.reason()).isEqualTo("invoice no longer outstanding");
      assertThat(outcome.answer()).isEqualTo(new ProviderAnswer(Option.none(),
          Option.some("100"), Option.some("İşlem başarılı")));
      server.verify(1, authorized(INQUIRY_PATH)
          .withRequestBody(equalToJson(SEED_INQUIRY_REQUEST, false, false)));
    }

    @Test
    void no_invoice_left_at_all_is_approved() {
      inquiryAnswers(SipaySamples.inquiryAnswer());
      assertThat(gateway.checkStatus(SipaySamples.statusRequest(id("st-0"))).kind())
          .isEqualTo(OutcomeKind.APPROVED);
    }

    @Test
    void the_invoice_still_listed_is_not_processed() {
      inquiryAnswers(SipaySamples.inquiryAnswer(ROW, NEXT_ROW));

      PaymentOutcome outcome = gateway.checkStatus(SipaySamples.statusRequest(id("st-2")));

      assertThat(outcome).isInstanceOf(PaymentOutcome.NotProcessed.class);
      assertThat(outcome.reason()).contains("still outstanding");
    }

    @Test
    void a_refused_or_failed_inquiry_is_unknown() {
      inquiryAnswers("{\"status\": 1, \"code\": \"102\", \"message\": \"Kurum yanıt vermedi\"}");
      PaymentOutcome refused = gateway.checkStatus(SipaySamples.statusRequest(id("st-3")));
      assertThat(refused).isInstanceOf(PaymentOutcome.Unknown.class);
      assertThat(refused.answer().message()).contains("Kurum yanıt vermedi");

      inquiryAnswers(WireFaults.status(500));
      assertThat(gateway.checkStatus(SipaySamples.statusRequest(id("st-4"))).kind())
          .isEqualTo(OutcomeKind.UNKNOWN);
    }
  }

  @Nested
  @DisplayName("bearer token")
  class Token {

    @Test
    void one_token_serves_many_calls_and_is_asked_for_with_form_encoded_credentials() {
      inquiryAnswers(SipaySamples.INQUIRY_ANSWER);
      paymentAnswers(SipaySamples.PAYMENT_ANSWER);

      gateway.inquire(SipaySamples.inquiryRequest());
      gateway.pay(SipaySamples.payRequest(id("tok-1")));
      gateway.checkStatus(SipaySamples.statusRequest(id("tok-1")));

      server.verify(1, calls(TOKEN_PATH)
          .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
          .withHeader("x-client-id", equalTo(CLIENT_ID))
          .withRequestBody(equalTo("grant_type=client_credentials&client_id=" + CLIENT_ID
              + "&client_secret=" + SipaySamples.CLIENT_SECRET_FORM)));
      server.verify(2, authorized(INQUIRY_PATH));
      server.verify(1, authorized(PAYMENT_PATH));
    }

    @Test
    void is_renewed_when_expires_in_has_passed() {
      server.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(json(
          "{\"access_token\": \"" + ACCESS_TOKEN + "\", \"expires_in\": 60}")));
      inquiryAnswers(SipaySamples.INQUIRY_ANSWER);

      gateway.inquire(SipaySamples.inquiryRequest());
      clock.advance(Duration.ofSeconds(59));
      gateway.inquire(SipaySamples.inquiryRequest());
      server.verify(1, calls(TOKEN_PATH));

      clock.advance(Duration.ofSeconds(2));
      gateway.inquire(SipaySamples.inquiryRequest());
      server.verify(2, calls(TOKEN_PATH));
    }

    @Test
    void without_expires_in_lives_the_configured_lifetime() {
      server.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(json(
          "{\"access_token\": \"" + ACCESS_TOKEN + "\", \"token_type\": \"Bearer\"}")));
      inquiryAnswers(SipaySamples.INQUIRY_ANSWER);

      gateway.inquire(SipaySamples.inquiryRequest());
      clock.advance(Duration.ofMinutes(9));
      gateway.inquire(SipaySamples.inquiryRequest());
      server.verify(1, calls(TOKEN_PATH));

      clock.advance(Duration.ofMinutes(1));
      gateway.inquire(SipaySamples.inquiryRequest());
      server.verify(2, calls(TOKEN_PATH));
    }

    @Test
    void a_401_on_an_inquiry_renews_the_token_once() {
      server.stubFor(post(urlPathEqualTo(INQUIRY_PATH)).inScenario("401")
          .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("renewed")
          .willReturn(WireFaults.status(401)));
      server.stubFor(post(urlPathEqualTo(INQUIRY_PATH)).inScenario("401")
          .whenScenarioStateIs("renewed").willReturn(json(SipaySamples.INQUIRY_ANSWER)));

      answered(gateway.inquire(SipaySamples.inquiryRequest()));

      server.verify(2, calls(TOKEN_PATH));
      server.verify(2, calls(INQUIRY_PATH));
    }

    @Test
    void no_token_means_nothing_is_sent() {
      server.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(json(
          "{\"token_type\": \"Bearer\", \"expires_in\": 3600}")));
      assertThat(gateway.inquire(SipaySamples.inquiryRequest()))
          .isInstanceOfSatisfying(ReadOutcome.Failed.class,
              failed -> assertThat(failed.reason()).contains("without access_token"));

      server.stubFor(post(urlPathEqualTo(TOKEN_PATH)).willReturn(WireFaults.status(401)));
      assertThat(gateway.pay(SipaySamples.payRequest(id("tok-401"))))
          .isInstanceOfSatisfying(PaymentOutcome.NotProcessed.class,
              outcome -> assertThat(outcome.reason()).contains("authentication failed"));

      server.verify(0, calls(INQUIRY_PATH));
      server.verify(0, calls(PAYMENT_PATH));
    }
  }

  @Nested
  @DisplayName("configuration")
  class Configuration {

    @Test
    void reports_every_problem_at_once_by_key() {
      SipayConfig broken = new SipayConfig("ftp://sipay.example", " ", null, -1, 3, "", null,
          Duration.ZERO, null);

      assertThat(broken.problems().map(ConfigProblem::key)).containsExactly(
          "sipay.baseUrl", "sipay.clientId", "sipay.clientSecret", "sipay.tenantId",
          "sipay.accountTypeId", "sipay.accountNumber", "sipay.walletNumber",
          "sipay.tokenLifetime", "sipay.http");
      assertThatThrownBy(() -> SipayGateway.create(broken))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("sipay.clientSecret").hasMessageContaining("sipay.walletNumber");
    }

    @Test
    void plain_http_is_refused_except_on_loopback() {
      assertThat(SipaySamples.config("http://sipay.example.com/api").problems())
          .containsExactly(new ConfigProblem("sipay.baseUrl",
              "must use https (plain http only for loopback hosts)"));
      assertThat(SipaySamples.config("https://sipay.example.com/api").problems()).isEmpty();
      assertThat(SipaySamples.config("http://127.0.0.1:8080/sipay").problems()).isEmpty();
      assertThat(SipaySamples.config("http://localhost:8080/sipay").problems()).isEmpty();
      assertThatThrownBy(() -> gateway(SipaySamples.config("http://sipay.example.com")))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("https");
    }

    @Test
    void defaults_are_short_timeouts_and_a_ten_minute_token_and_both_account_types_pass() {
      SipayConfig config = SipaySamples.config("https://sipay.example.com");

      assertThat(config.http()).isEqualTo(HttpSettings.DEFAULTS);
      assertThat(config.tokenLifetime()).isEqualTo(Duration.ofMinutes(10));
      assertThat(new SipayConfig(config.baseUrl(), config.clientId(), config.clientSecret(), 5,
          SipayConfig.BUSINESS, "1", "2", config.tokenLifetime(), config.http()).problems())
          .isEmpty();
    }

    @Test
    void the_secret_is_masked_in_config_and_gateway_text() {
      SipayConfig config = SipaySamples.config(baseUrl());

      assertThat(config.toString()).contains("Secret[****]")
          .doesNotContain(SipaySamples.CLIENT_SECRET);
      assertThat(gateway.toString()).contains(CLIENT_ID)
          .doesNotContain(SipaySamples.CLIENT_SECRET);
      assertThat(config.clientSecret()).isEqualTo(Secret.of(SipaySamples.CLIENT_SECRET));
      assertThat(new SipayTokenResponse(ACCESS_TOKEN, "Bearer", 3600L).toString())
          .doesNotContain(ACCESS_TOKEN);
    }
  }

  @Nested
  @DisplayName("capabilities, fees, transport")
  class Basics {

    @Test
    void is_sipay_with_status_by_re_inquiry_and_neither_fee_call_nor_retry_flag() {
      assertThat(gateway.provider()).isEqualTo(new ProviderId("sipay"));
      assertThat(gateway.capabilities()).isEqualTo(new GatewayCapabilities(false, true, false));
    }

    @Test
    void fees_are_refused_without_a_call_because_sipay_has_no_fee_call() {
      ReadOutcome<FeeQuote> outcome = gateway.quoteFees(SipaySamples.feeRequest());

      assertThat(outcome).isInstanceOfSatisfying(ReadOutcome.Refused.class,
          refused -> assertThat(refused.reason()).contains("no fee call"));
      assertThat(server.getAllServeEvents()).isEmpty();
    }

    @Test
    void a_payment_sent_is_never_repeated_even_for_a_503() {
      paymentAnswers(aResponse().withStatus(503));
      assertThat(gateway.pay(SipaySamples.payRequest(id("pay-503"))).kind())
          .isEqualTo(OutcomeKind.UNKNOWN);
      server.verify(1, calls(PAYMENT_PATH));
      assertThat(List.ofAll(server.getAllServeEvents())).hasSize(2);
    }
  }
}
