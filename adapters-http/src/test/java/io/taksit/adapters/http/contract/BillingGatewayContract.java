package io.taksit.adapters.http.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.taksit.adapters.http.support.CallKind;
import io.taksit.adapters.http.support.HttpSettings;
import io.taksit.application.port.out.BillingGateway;
import io.taksit.application.port.out.ReadOutcome;
import io.taksit.domain.bill.Bill;
import io.taksit.domain.fee.FeeQuote;
import io.taksit.domain.payment.OutcomeKind;
import io.taksit.domain.payment.PaymentId;
import io.taksit.domain.payment.PaymentOutcome;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The contract every {@link BillingGateway} adapter passes, against a real HTTP server on
 * loopback: the happy path of each call and the fault matrix (400, 401, 409, 429 with and without
 * Retry-After, 500, 503, read timeout, connection reset, empty body, malformed JSON, an HTML error
 * page, a wrong amount, nobody listening), each asserting the outcome and the exact number of
 * requests the server received, so "the payment POST was sent once" is proven, not assumed.
 *
 * <p>An adapter's test extends this class, supplies its {@link BillingStubScript} and a way to
 * build the gateway against a base URL, and adds its provider-specific tests beside it.
 */
public abstract class BillingGatewayContract {

  @RegisterExtension
  static WireMockExtension server = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort())
      .build();

  private static final AtomicInteger PAYMENTS = new AtomicInteger();

  /** The provider's wire, as the adapter's author read it. */
  protected abstract BillingStubScript script();

  /** The adapter under test, pointed at {@code baseUrl} with {@code settings}. */
  protected abstract BillingGateway gatewayAt(String baseUrl, HttpSettings settings);

  private BillingStubScript script;
  private BillingGateway gateway;

  @BeforeEach
  void startFromACleanServer() {
    script = script();
    script.stubAuthentication(server);
    gateway = gatewayAt(server.baseUrl() + script.basePath(), ContractSettings.SETTINGS);
  }

  // ---- stubbing and counting -------------------------------------------------------------

  private void answer(CallKind kind, ResponseDefinitionBuilder response) {
    server.stubFor(request(script.method(kind).getName(), script.url(kind)).willReturn(response));
  }

  /** Answers the calls of {@code kind} with each response in turn, the last one from then on. */
  private void answerInTurn(CallKind kind, ResponseDefinitionBuilder... responses) {
    for (int i = 0; i < responses.length; i++) {
      server.stubFor(request(script.method(kind).getName(), script.url(kind))
          .inScenario(kind.name())
          .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "after " + i)
          .willSetStateTo(i == responses.length - 1 ? "after " + i : "after " + (i + 1))
          .willReturn(responses[i]));
    }
  }

  private void assertCalls(int expected, CallKind kind) {
    server.verify(expected, RequestPatternBuilder.newRequestPattern(script.method(kind),
        script.url(kind)));
  }

  private PaymentOutcome pay() {
    return gateway.pay(script.payRequest(nextPaymentId()));
  }

  private static PaymentId nextPaymentId() {
    return PaymentId.of("contract-" + PAYMENTS.incrementAndGet()).get();
  }

  // ---- the happy paths ---------------------------------------------------------------------

  @Nested
  @DisplayName("happy paths")
  class HappyPaths {

    @Test
    void inquiry_returns_the_bill_of_the_account_asked() {
      answer(CallKind.INQUIRY, script.answer(CallKind.INQUIRY));
      ReadOutcome<Bill> outcome = gateway.inquire(script.inquiryRequest());
      assertThat(outcome).isInstanceOf(ReadOutcome.Answered.class);
      Bill bill = ((ReadOutcome.Answered<Bill>) outcome).value();
      assertThat(bill.account()).isEqualTo(script.inquiryRequest().account());
      assertThat(bill.billerId()).isEqualTo(script.inquiryRequest().biller().id());
      assertThat(bill.totalDue().currency()).isEqualTo(script.inquiryRequest().biller().currency());
      assertCalls(1, CallKind.INQUIRY);
    }

    @Test
    void fee_quote_is_for_the_amount_asked_when_the_provider_quotes_fees() {
      if (!gateway.capabilities().feeQuotes()) {
        return;
      }
      answer(CallKind.FEES, script.answer(CallKind.FEES));
      ReadOutcome<FeeQuote> outcome = gateway.quoteFees(script.feeRequest());
      assertThat(outcome).isInstanceOf(ReadOutcome.Answered.class);
      assertThat(((ReadOutcome.Answered<FeeQuote>) outcome).value().amount())
          .isEqualTo(script.feeRequest().amount());
      assertCalls(1, CallKind.FEES);
    }

    @Test
    void approved_payment_is_sent_once() {
      answer(CallKind.PAYMENT, script.answer(CallKind.PAYMENT));
      assertThat(pay().kind()).isEqualTo(OutcomeKind.APPROVED);
      assertCalls(1, CallKind.PAYMENT);
    }

    @Test
    void inquiry_and_payment_carry_the_configured_credentials() {
      answer(CallKind.INQUIRY, script.answer(CallKind.INQUIRY));
      answer(CallKind.PAYMENT, script.answer(CallKind.PAYMENT));
      assertThat(gateway.inquire(script.inquiryRequest())).isInstanceOf(ReadOutcome.Answered.class);
      assertThat(pay().kind()).isEqualTo(OutcomeKind.APPROVED);
      for (CallKind kind : new CallKind[] {CallKind.INQUIRY, CallKind.PAYMENT}) {
        server.verify(1, script.withCredentials(kind,
            RequestPatternBuilder.newRequestPattern(script.method(kind), script.url(kind))));
      }
    }

    @Test
    void a_biller_in_a_currency_the_provider_does_not_serve_is_refused_with_no_request() {
      answer(CallKind.INQUIRY, script.answer(CallKind.INQUIRY));
      ReadOutcome<Bill> outcome = gateway.inquire(script.inquiryRequestInUnservedCurrency());
      assertThat(outcome).isInstanceOf(ReadOutcome.Refused.class);
      assertThat(((ReadOutcome.Refused<Bill>) outcome).reason()).contains("not sent");
      server.verify(0, RequestPatternBuilder.allRequests());
    }

    @Test
    void declined_payment_is_declined_with_the_providers_message() {
      answer(CallKind.PAYMENT, script.declinedPayment());
      PaymentOutcome outcome = pay();
      assertThat(outcome.kind()).isEqualTo(OutcomeKind.DECLINED);
      assertThat(outcome.answer().message()).isNotEmpty();
      assertCalls(1, CallKind.PAYMENT);
    }

    @Test
    void status_of_a_payment_that_went_through_is_approved() {
      if (!gateway.capabilities().statusChecks()) {
        return;
      }
      answer(CallKind.STATUS, script.statusApproved());
      PaymentOutcome outcome = gateway.checkStatus(script.statusRequest(nextPaymentId()));
      assertThat(outcome.kind()).isEqualTo(OutcomeKind.APPROVED);
    }
  }

  // ---- the payment fault matrix ------------------------------------------------------------

  @Nested
  @DisplayName("payment faults: never repeated, classified by what we can know")
  class PaymentFaults {

    @Test
    void http_400_is_not_processed() {
      answer(CallKind.PAYMENT, WireFaults.status(400));
      assertThat(pay().kind()).isEqualTo(OutcomeKind.NOT_PROCESSED);
      assertCalls(1, CallKind.PAYMENT);
    }

    @Test
    void http_401_renews_the_token_and_sends_again_once() {
      if (script.authenticationUrl().isEmpty()) {
        return;
      }
      answerInTurn(CallKind.PAYMENT, WireFaults.status(401), script.answer(CallKind.PAYMENT));
      assertThat(pay().kind()).isEqualTo(OutcomeKind.APPROVED);
      assertCalls(2, CallKind.PAYMENT);
      server.verify(2, RequestPatternBuilder.newRequestPattern(
          com.github.tomakehurst.wiremock.http.RequestMethod.POST,
          script.authenticationUrl().get()));
    }

    @Test
    void http_401_twice_is_not_processed() {
      answer(CallKind.PAYMENT, WireFaults.status(401));
      PaymentOutcome outcome = pay();
      assertThat(outcome.kind()).isEqualTo(OutcomeKind.NOT_PROCESSED);
      assertCalls(script.authenticationUrl().isDefined() ? 2 : 1, CallKind.PAYMENT);
    }

    @Test
    void http_409_is_a_duplicate_resolved_by_the_status_call() {
      answer(CallKind.PAYMENT, WireFaults.status(409));
      answer(CallKind.STATUS, script.statusApproved());
      PaymentOutcome outcome = pay();
      assertThat(outcome.kind()).isEqualTo(gateway.capabilities().statusChecks()
          ? OutcomeKind.APPROVED : OutcomeKind.UNKNOWN);
      assertCalls(1, CallKind.PAYMENT);
    }

    @Test
    void http_429_with_retry_after_is_not_processed_and_carries_the_wait() {
      answer(CallKind.PAYMENT, WireFaults.throttled("7"));
      PaymentOutcome outcome = pay();
      assertThat(outcome).isInstanceOf(PaymentOutcome.NotProcessed.class);
      assertThat(((PaymentOutcome.NotProcessed) outcome).retryAfter())
          .contains(Duration.ofSeconds(7));
      assertCalls(1, CallKind.PAYMENT);
    }

    @Test
    void http_429_without_retry_after_is_not_processed() {
      answer(CallKind.PAYMENT, WireFaults.throttled(null));
      PaymentOutcome outcome = pay();
      assertThat(outcome).isInstanceOf(PaymentOutcome.NotProcessed.class);
      assertThat(((PaymentOutcome.NotProcessed) outcome).retryAfter()).isEmpty();
      assertCalls(1, CallKind.PAYMENT);
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = {500, 502, 503, 504})
    void server_errors_are_unknown_and_not_repeated(int status) {
      answer(CallKind.PAYMENT, WireFaults.status(status));
      assertThat(pay().kind()).isEqualTo(OutcomeKind.UNKNOWN);
      assertCalls(1, CallKind.PAYMENT);
    }

    @Test
    void read_timeout_is_unknown_and_not_repeated() {
      answer(CallKind.PAYMENT, WireFaults.readTimeout(script.answer(CallKind.PAYMENT)));
      assertThat(pay().kind()).isEqualTo(OutcomeKind.UNKNOWN);
      assertCalls(1, CallKind.PAYMENT);
    }

    @Test
    void connection_reset_is_unknown_and_not_repeated() {
      answer(CallKind.PAYMENT, WireFaults.connectionReset());
      assertThat(pay().kind()).isEqualTo(OutcomeKind.UNKNOWN);
      assertCalls(1, CallKind.PAYMENT);
    }

    @Test
    void empty_body_is_unknown() {
      answer(CallKind.PAYMENT, WireFaults.emptyBody());
      assertThat(pay().kind()).isEqualTo(OutcomeKind.UNKNOWN);
      assertCalls(1, CallKind.PAYMENT);
    }

    @Test
    void malformed_json_is_unknown() {
      answer(CallKind.PAYMENT, WireFaults.malformedJson());
      assertThat(pay().kind()).isEqualTo(OutcomeKind.UNKNOWN);
      assertCalls(1, CallKind.PAYMENT);
    }

    @ParameterizedTest(name = "HTML page with HTTP {0}")
    @ValueSource(ints = {200, 502})
    void html_error_page_is_unknown(int status) {
      answer(CallKind.PAYMENT, WireFaults.htmlErrorPage(status));
      assertThat(pay().kind()).isEqualTo(OutcomeKind.UNKNOWN);
      assertCalls(1, CallKind.PAYMENT);
    }

    @Test
    void answer_naming_another_amount_is_unknown_with_an_integrity_error() {
      BigDecimal asked = script.payRequest(nextPaymentId()).amount().amount();
      answer(CallKind.PAYMENT, script.approvedPaymentOf(asked.add(BigDecimal.TEN)));
      PaymentOutcome outcome = pay();
      assertThat(outcome.kind()).isEqualTo(OutcomeKind.UNKNOWN);
      assertThat(outcome.reason()).contains("integrity");
      assertCalls(1, CallKind.PAYMENT);
    }

    @Test
    void nobody_listening_is_not_processed() throws IOException {
      BillingGateway unreachable = gatewayAt("http://127.0.0.1:" + freePort() + script.basePath(),
          ContractSettings.SETTINGS);
      PaymentOutcome outcome = unreachable.pay(script.payRequest(nextPaymentId()));
      assertThat(outcome.kind()).isEqualTo(OutcomeKind.NOT_PROCESSED);
    }
  }

  // ---- the read fault matrix ---------------------------------------------------------------

  @Nested
  @DisplayName("read faults: repeated only when safe and useful, bounded")
  class ReadFaults {

    @Test
    void http_503_then_an_answer_is_answered_after_one_repetition() {
      answerInTurn(CallKind.INQUIRY, WireFaults.status(503), script.answer(CallKind.INQUIRY));
      assertThat(gateway.inquire(script.inquiryRequest())).isInstanceOf(ReadOutcome.Answered.class);
      assertCalls(2, CallKind.INQUIRY);
    }

    @Test
    void http_429_with_retry_after_is_waited_out_then_answered() {
      answerInTurn(CallKind.INQUIRY, WireFaults.throttled("1"), script.answer(CallKind.INQUIRY));
      assertThat(gateway.inquire(script.inquiryRequest())).isInstanceOf(ReadOutcome.Answered.class);
      assertCalls(2, CallKind.INQUIRY);
    }

    @Test
    void http_429_without_retry_after_is_retried_with_the_default_backoff() {
      answerInTurn(CallKind.INQUIRY, WireFaults.throttled(null), script.answer(CallKind.INQUIRY));
      assertThat(gateway.inquire(script.inquiryRequest())).isInstanceOf(ReadOutcome.Answered.class);
      assertCalls(2, CallKind.INQUIRY);
    }

    @Test
    void http_429_asking_for_longer_than_the_cap_fails_at_once_with_the_wait() {
      answer(CallKind.INQUIRY, WireFaults.throttled("3600"));
      ReadOutcome<Bill> outcome = gateway.inquire(script.inquiryRequest());
      assertThat(outcome).isInstanceOf(ReadOutcome.Failed.class);
      assertThat(((ReadOutcome.Failed<Bill>) outcome).retryAfter()).contains(Duration.ofHours(1));
      assertCalls(1, CallKind.INQUIRY);
    }

    @Test
    void http_503_every_time_fails_after_three_tries() {
      answer(CallKind.INQUIRY, WireFaults.status(503));
      assertThat(gateway.inquire(script.inquiryRequest())).isInstanceOf(ReadOutcome.Failed.class);
      assertCalls(3, CallKind.INQUIRY);
    }

    @Test
    void http_500_fails_without_repetition() {
      answer(CallKind.INQUIRY, WireFaults.status(500));
      assertThat(gateway.inquire(script.inquiryRequest())).isInstanceOf(ReadOutcome.Failed.class);
      assertCalls(1, CallKind.INQUIRY);
    }

    @Test
    void http_400_is_a_refusal() {
      answer(CallKind.INQUIRY, WireFaults.status(400));
      assertThat(gateway.inquire(script.inquiryRequest())).isInstanceOf(ReadOutcome.Refused.class);
      assertCalls(1, CallKind.INQUIRY);
    }

    @Test
    void read_timeout_fails() {
      answer(CallKind.INQUIRY, WireFaults.readTimeout(script.answer(CallKind.INQUIRY)));
      assertThat(gateway.inquire(script.inquiryRequest())).isInstanceOf(ReadOutcome.Failed.class);
      assertCalls(1, CallKind.INQUIRY);
    }

    @Test
    void connection_reset_fails() {
      answer(CallKind.INQUIRY, WireFaults.connectionReset());
      assertThat(gateway.inquire(script.inquiryRequest())).isInstanceOf(ReadOutcome.Failed.class);
    }

    @Test
    void unreadable_bodies_fail() {
      answer(CallKind.INQUIRY, WireFaults.emptyBody());
      assertThat(gateway.inquire(script.inquiryRequest())).isInstanceOf(ReadOutcome.Failed.class);
      answer(CallKind.INQUIRY, WireFaults.malformedJson());
      assertThat(gateway.inquire(script.inquiryRequest())).isInstanceOf(ReadOutcome.Failed.class);
      answer(CallKind.INQUIRY, WireFaults.htmlErrorPage(200));
      assertThat(gateway.inquire(script.inquiryRequest())).isInstanceOf(ReadOutcome.Failed.class);
    }

    @Test
    void fee_faults_fail_without_an_answer() {
      if (!gateway.capabilities().feeQuotes()) {
        return;
      }
      answer(CallKind.FEES, WireFaults.status(500));
      assertThat(gateway.quoteFees(script.feeRequest())).isInstanceOf(ReadOutcome.Failed.class);
      answer(CallKind.FEES, WireFaults.malformedJson());
      assertThat(gateway.quoteFees(script.feeRequest())).isInstanceOf(ReadOutcome.Failed.class);
    }

    @Test
    void status_faults_are_unknown() {
      if (!gateway.capabilities().statusChecks()) {
        return;
      }
      answer(CallKind.STATUS, WireFaults.status(503));
      assertThat(gateway.checkStatus(script.statusRequest(nextPaymentId())).kind())
          .isEqualTo(OutcomeKind.UNKNOWN);
      answer(CallKind.STATUS, WireFaults.connectionReset());
      assertThat(gateway.checkStatus(script.statusRequest(nextPaymentId())).kind())
          .isEqualTo(OutcomeKind.UNKNOWN);
      answer(CallKind.STATUS, WireFaults.malformedJson());
      assertThat(gateway.checkStatus(script.statusRequest(nextPaymentId())).kind())
          .isEqualTo(OutcomeKind.UNKNOWN);
    }
  }

  // ---- the provider's own code in the body of an HTTP error -------------------------------

  @Nested
  @DisplayName("error bodies: the provider's own code and message, keys in any letter case")
  class ErrorBodiesRead {

    private ResponseDefinitionBuilder errorAnswer(int status, ErrorBodies.KeyCase keys) {
      return ErrorBodies.answer(status, script.errorBody(ErrorBodies.CODE, ErrorBodies.MESSAGE),
          keys);
    }

    @ParameterizedTest(name = "HTTP {0}, keys {1}")
    @CsvSource({"400, DOCUMENTED", "400, LOWER", "400, UPPER", "401, DOCUMENTED", "401, LOWER",
        "401, UPPER", "429, DOCUMENTED", "429, LOWER", "429, UPPER", "500, DOCUMENTED",
        "500, LOWER", "500, UPPER", "503, DOCUMENTED", "503, UPPER"})
    void a_payment_refused_by_status_keeps_the_providers_code_and_its_kind(int status,
        ErrorBodies.KeyCase keys) {
      answer(CallKind.PAYMENT, errorAnswer(status, keys));
      PaymentOutcome outcome = pay();
      assertThat(outcome.kind()).isEqualTo(status < 500
          ? OutcomeKind.NOT_PROCESSED : OutcomeKind.UNKNOWN);
      assertThat(outcome.answer().code()).containsExactly(ErrorBodies.CODE);
      assertThat(outcome.answer().message()).containsExactly(ErrorBodies.MESSAGE);
      assertThat(outcome.reason()).contains("HTTP " + status)
          .contains("code " + ErrorBodies.CODE + ": " + ErrorBodies.MESSAGE);
    }

    @ParameterizedTest(name = "keys {0}")
    @EnumSource(ErrorBodies.KeyCase.class)
    void a_payment_answered_409_names_the_providers_code_in_its_reason(ErrorBodies.KeyCase keys) {
      answer(CallKind.PAYMENT, errorAnswer(409, keys));
      answer(CallKind.STATUS, script.statusApproved());
      PaymentOutcome outcome = pay();
      assertThat(outcome.kind()).isEqualTo(gateway.capabilities().statusChecks()
          ? OutcomeKind.APPROVED : OutcomeKind.UNKNOWN);
      assertThat(outcome.reason()).contains("HTTP 409").contains("code " + ErrorBodies.CODE);
      assertCalls(1, CallKind.PAYMENT);
    }

    @ParameterizedTest(name = "keys {0}")
    @EnumSource(ErrorBodies.KeyCase.class)
    void an_inquiry_answered_400_is_refused_with_the_providers_code(ErrorBodies.KeyCase keys) {
      answer(CallKind.INQUIRY, errorAnswer(400, keys));
      ReadOutcome<Bill> outcome = gateway.inquire(script.inquiryRequest());
      assertThat(outcome).isInstanceOf(ReadOutcome.Refused.class);
      ReadOutcome.Refused<Bill> refused = (ReadOutcome.Refused<Bill>) outcome;
      assertThat(refused.answer().code()).containsExactly(ErrorBodies.CODE);
      assertThat(refused.answer().message()).containsExactly(ErrorBodies.MESSAGE);
    }

    @ParameterizedTest(name = "HTTP {0}, keys {1}")
    @CsvSource({"401, DOCUMENTED", "401, LOWER", "409, UPPER", "429, LOWER", "500, DOCUMENTED",
        "503, UPPER"})
    void an_inquiry_that_failed_names_the_providers_code_in_its_reason(int status,
        ErrorBodies.KeyCase keys) {
      answer(CallKind.INQUIRY, errorAnswer(status, keys));
      ReadOutcome<Bill> outcome = gateway.inquire(script.inquiryRequest());
      assertThat(outcome).isInstanceOf(ReadOutcome.Failed.class);
      assertThat(((ReadOutcome.Failed<Bill>) outcome).reason()).startsWith("HTTP " + status)
          .contains("code " + ErrorBodies.CODE + ": " + ErrorBodies.MESSAGE);
    }

    @Test
    void a_body_without_the_envelope_keeps_the_status_as_code() {
      answer(CallKind.PAYMENT, WireFaults.status(400));
      assertThat(pay().answer().code()).containsExactly("HTTP 400");
    }
  }

  /** A port with nobody listening: bound, read, released. */
  protected static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
