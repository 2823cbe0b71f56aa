package io.taksit.adapters.http.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.taksit.adapters.http.support.HttpSettings;
import io.taksit.application.port.out.InstallmentGateway;
import io.taksit.application.port.out.InstallmentGateway.InstallmentQuote;
import io.taksit.application.port.out.ReadOutcome;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The contract every {@link InstallmentGateway} adapter passes against a real HTTP server on
 * loopback: a quote, a refusal, and the read fault matrix, each with the exact number of requests
 * the server received. An adapter's test extends it with its {@link InstallmentStubScript}.
 */
public abstract class InstallmentGatewayContract {

  @RegisterExtension
  static WireMockExtension server = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort())
      .build();

  protected abstract InstallmentStubScript script();

  protected abstract InstallmentGateway gatewayAt(String baseUrl, HttpSettings settings);

  private InstallmentStubScript script;
  private InstallmentGateway gateway;

  @BeforeEach
  void startFromACleanServer() {
    script = script();
    gateway = gatewayAt(server.baseUrl() + script.basePath(), ContractSettings.SETTINGS);
  }

  private void answer(ResponseDefinitionBuilder response) {
    server.stubFor(request(script.method().getName(), script.url()).willReturn(response));
  }

  private void answerInTurn(ResponseDefinitionBuilder first, ResponseDefinitionBuilder then) {
    server.stubFor(request(script.method().getName(), script.url()).inScenario("turns")
        .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("second").willReturn(first));
    server.stubFor(request(script.method().getName(), script.url()).inScenario("turns")
        .whenScenarioStateIs("second").willReturn(then));
  }

  private void assertCalls(int expected) {
    server.verify(expected, RequestPatternBuilder.newRequestPattern(script.method(), script.url()));
  }

  private ReadOutcome<InstallmentQuote> quote() {
    return gateway.quote(script.request());
  }

  @Test
  void quote_has_options_for_the_principal_asked() {
    answer(script.answer());
    ReadOutcome<InstallmentQuote> outcome = quote();
    assertThat(outcome).isInstanceOf(ReadOutcome.Answered.class);
    InstallmentQuote quote = ((ReadOutcome.Answered<InstallmentQuote>) outcome).value();
    assertThat(quote.options()).isNotEmpty();
    assertThat(quote.options()).allSatisfy(option -> {
      assertThat(option.provider()).isEqualTo(gateway.provider());
      assertThat(option.principal()).isEqualTo(script.request().amount());
      assertThat(option.schedule().size()).isEqualTo(option.count());
    });
    assertCalls(1);
  }

  @Test
  void every_request_carries_the_configured_credentials() {
    answer(script.answer());
    assertThat(quote()).isInstanceOf(ReadOutcome.Answered.class);
    assertCalls(1);
    server.verify(1, script.withCredentials(
        RequestPatternBuilder.newRequestPattern(script.method(), script.url())));
  }

  @Test
  void a_currency_the_provider_does_not_serve_is_refused_with_no_request() {
    answer(script.answer());
    ReadOutcome<InstallmentQuote> outcome = gateway.quote(script.requestInUnservedCurrency());
    assertThat(outcome).isInstanceOf(ReadOutcome.Refused.class);
    assertThat(((ReadOutcome.Refused<InstallmentQuote>) outcome).reason()).contains("not sent");
    server.verify(0, RequestPatternBuilder.allRequests());
  }

  @Test
  void refusal_keeps_the_providers_message() {
    answer(script.refusal());
    ReadOutcome<InstallmentQuote> outcome = quote();
    assertThat(outcome).isInstanceOf(ReadOutcome.Refused.class);
    assertThat(((ReadOutcome.Refused<InstallmentQuote>) outcome).answer().message()).isNotEmpty();
    assertCalls(1);
  }

  @Test
  void options_for_another_principal_fail_the_integrity_check() {
    answer(script.answerForPrincipal(script.request().amount().amount().add(BigDecimal.ONE)));
    ReadOutcome<InstallmentQuote> outcome = quote();
    assertThat(outcome).isInstanceOf(ReadOutcome.Failed.class);
    assertThat(((ReadOutcome.Failed<InstallmentQuote>) outcome).reason()).contains("integrity");
  }

  @Test
  void http_503_then_an_answer_is_answered_after_one_repetition() {
    answerInTurn(WireFaults.status(503), script.answer());
    assertThat(quote()).isInstanceOf(ReadOutcome.Answered.class);
    assertCalls(2);
  }

  @Test
  void http_429_with_retry_after_is_waited_out_then_answered() {
    answerInTurn(WireFaults.throttled("1"), script.answer());
    assertThat(quote()).isInstanceOf(ReadOutcome.Answered.class);
    assertCalls(2);
  }

  @Test
  void http_429_without_retry_after_is_retried_with_the_default_backoff() {
    answerInTurn(WireFaults.throttled(null), script.answer());
    assertThat(quote()).isInstanceOf(ReadOutcome.Answered.class);
    assertCalls(2);
  }

  @Test
  void http_429_asking_for_longer_than_the_cap_fails_with_the_wait() {
    answer(WireFaults.throttled("3600"));
    ReadOutcome<InstallmentQuote> outcome = quote();
    assertThat(outcome).isInstanceOf(ReadOutcome.Failed.class);
    assertThat(((ReadOutcome.Failed<InstallmentQuote>) outcome).retryAfter())
        .contains(Duration.ofHours(1));
    assertCalls(1);
  }

  @Test
  void http_503_every_time_fails_after_three_tries() {
    answer(WireFaults.status(503));
    assertThat(quote()).isInstanceOf(ReadOutcome.Failed.class);
    assertCalls(3);
  }

  @ParameterizedTest(name = "HTTP {0}")
  @ValueSource(ints = {401, 403, 500, 502, 504})
  void other_failures_fail_without_repetition(int status) {
    answer(WireFaults.status(status));
    assertThat(quote()).isInstanceOf(ReadOutcome.Failed.class);
    assertCalls(1);
  }

  @Test
  void http_400_is_a_refusal() {
    answer(WireFaults.status(400));
    assertThat(quote()).isInstanceOf(ReadOutcome.Refused.class);
    assertCalls(1);
  }

  @ParameterizedTest(name = "keys {0}")
  @EnumSource(ErrorBodies.KeyCase.class)
  void http_400_with_the_providers_envelope_is_refused_with_its_code(ErrorBodies.KeyCase keys) {
    answer(errorAnswer(400, keys));
    ReadOutcome<InstallmentQuote> outcome = quote();
    assertThat(outcome).isInstanceOf(ReadOutcome.Refused.class);
    ReadOutcome.Refused<InstallmentQuote> refused = (ReadOutcome.Refused<InstallmentQuote>) outcome;
    assertThat(refused.answer().code()).containsExactly(ErrorBodies.CODE);
    assertThat(refused.answer().message()).containsExactly(ErrorBodies.MESSAGE);
    assertThat(refused.reason()).contains("code " + ErrorBodies.CODE + ": " + ErrorBodies.MESSAGE);
  }

  @ParameterizedTest(name = "HTTP {0}, keys {1}")
  @CsvSource({"401, DOCUMENTED", "401, LOWER", "401, UPPER", "409, DOCUMENTED", "409, LOWER",
      "409, UPPER", "429, DOCUMENTED", "429, LOWER", "429, UPPER", "500, DOCUMENTED",
      "500, LOWER", "503, UPPER"})
  void other_failures_with_the_providers_envelope_name_its_code(int status,
      ErrorBodies.KeyCase keys) {
    answer(errorAnswer(status, keys));
    ReadOutcome<InstallmentQuote> outcome = quote();
    assertThat(outcome).isInstanceOf(ReadOutcome.Failed.class);
    assertThat(((ReadOutcome.Failed<InstallmentQuote>) outcome).reason())
        .startsWith("HTTP " + status)
        .contains("code " + ErrorBodies.CODE + ": " + ErrorBodies.MESSAGE);
  }

  @Test
  void http_400_without_the_envelope_keeps_the_status_as_code() {
    answer(WireFaults.status(400));
    assertThat(((ReadOutcome.Refused<InstallmentQuote>) quote()).answer().code())
        .containsExactly("HTTP 400");
  }

  private ResponseDefinitionBuilder errorAnswer(int status, ErrorBodies.KeyCase keys) {
    return ErrorBodies.answer(status, script.errorBody(ErrorBodies.CODE, ErrorBodies.MESSAGE), keys);
  }

  @Test
  void read_timeout_fails_without_repetition() {
    answer(WireFaults.readTimeout(script.answer()));
    assertThat(quote()).isInstanceOf(ReadOutcome.Failed.class);
    assertCalls(1);
  }

  /**
   * Not repeated by the adapter. The JDK's HTTP client itself resends an idempotent request (a
   * GET, as Paywall's) once when the connection dies before any byte of the answer, and no setting
   * turns that off; a POST is never resent. So: one request, or two for a GET, never more.
   */
  @Test
  void connection_reset_fails_without_repetition_by_the_adapter() {
    answer(WireFaults.connectionReset());
    assertThat(quote()).isInstanceOf(ReadOutcome.Failed.class);
    int expected = script.method() == com.github.tomakehurst.wiremock.http.RequestMethod.GET ? 2 : 1;
    assertCalls(expected);
  }

  @Test
  void empty_body_fails() {
    answer(WireFaults.emptyBody());
    assertThat(quote()).isInstanceOf(ReadOutcome.Failed.class);
  }

  @Test
  void malformed_json_fails() {
    answer(WireFaults.malformedJson());
    assertThat(quote()).isInstanceOf(ReadOutcome.Failed.class);
  }

  @Test
  void html_error_page_fails() {
    answer(WireFaults.htmlErrorPage(200));
    assertThat(quote()).isInstanceOf(ReadOutcome.Failed.class);
  }

  @Test
  void nobody_listening_fails_after_bounded_tries() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    InstallmentGateway unreachable = gatewayAt("http://127.0.0.1:" + port + script.basePath(),
        ContractSettings.SETTINGS);
    assertThat(unreachable.quote(script.request())).isInstanceOf(ReadOutcome.Failed.class);
  }
}
