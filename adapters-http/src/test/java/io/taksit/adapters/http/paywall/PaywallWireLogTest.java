package io.taksit.adapters.http.paywall;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.taksit.adapters.http.contract.ContractSettings;
import io.taksit.adapters.http.contract.WireLogCapture;
import io.taksit.adapters.http.support.HttpCalls;
import io.taksit.adapters.http.support.Secret;
import io.taksit.application.port.out.InstallmentGateway.InstallmentRequest;
import io.taksit.application.port.out.ReadOutcome;
import io.taksit.domain.card.CardBin;
import io.vavr.control.Option;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** At DEBUG the wire log shows Paywall traffic, without the keys and without a full card number. */
class PaywallWireLogTest {

  @RegisterExtension
  static WireMockExtension server = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort())
      .build();

  private static final String KEY = "pk_live_9d8e7f6a5b4c";
  private static final String CLIENT = "pc_live_1a2b3c4d5e6f";
  /** A full card number in the answer (Paywall sends none; a proxy or a new field might). */
  private static final String CARD = "4355081234567890";

  @ParameterizedTest(name = "parameters as headers: {0}")
  @ValueSource(booleans = {true, false})
  void the_log_shows_the_call_but_no_key_and_no_full_card_number(boolean asHeaders) {
    server.stubFor(get(urlPathEqualTo(PaywallStubScript.BASE_PATH + "/installment"))
        .willReturn(PaywallStubScript.json(PaywallSamples.CURRENT
            .replace("\"Message\": \"\",", "\"Message\": \"\", \"CardNumber\": \"" + CARD + "\","))));
    PaywallConfig config = PaywallConfig.of(server.baseUrl() + PaywallStubScript.BASE_PATH,
        Secret.of(KEY), Secret.of(CLIENT)).withHttp(ContractSettings.SETTINGS)
        .withParametersAsHeaders(asHeaders);
    PaywallGateway gateway = new PaywallGateway(config, HttpCalls.of(config.http()),
        Clock.systemUTC());

    List<String> lines;
    try (WireLogCapture capture = WireLogCapture.start()) {
      assertThat(gateway.quote(new InstallmentRequest(PaywallStubScript.lira("30.00"),
          Option.some(CardBin.of("43550812").get())))).isInstanceOf(ReadOutcome.Answered.class);
      lines = capture.lines();
    }

    assertThat(lines).anySatisfy(line -> assertThat(line)
        .contains("GET " + server.baseUrl() + PaywallStubScript.BASE_PATH + "/installment"));
    assertThat(lines).anySatisfy(line -> assertThat(line).contains("apikeypublic: ****"));
    assertThat(lines).anySatisfy(line -> assertThat(line).contains("apiclientpublic: ****"));
    assertThat(lines).anySatisfy(line -> assertThat(line).contains("435508"));
    assertThat(lines).anySatisfy(line -> assertThat(line).contains("435508******7890"));
    assertThat(lines).allSatisfy(line -> assertThat(line)
        .doesNotContain(KEY).doesNotContain(CLIENT).doesNotContain(CARD));
  }

  @Test
  void nothing_is_logged_when_debug_is_off() {
    server.stubFor(get(urlPathEqualTo(PaywallStubScript.BASE_PATH + "/installment"))
        .willReturn(PaywallStubScript.json(PaywallSamples.CURRENT)));
    PaywallConfig config = PaywallConfig.of(server.baseUrl() + PaywallStubScript.BASE_PATH,
        Secret.of(KEY), Secret.of(CLIENT)).withHttp(ContractSettings.SETTINGS);
    PaywallGateway gateway = new PaywallGateway(config, HttpCalls.of(config.http()),
        Clock.systemUTC());
    ch.qos.logback.classic.Logger wire = (ch.qos.logback.classic.Logger)
        org.slf4j.LoggerFactory.getLogger(PaywallGateway.WIRE_LOGGER);
    ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> appender =
        new ch.qos.logback.core.read.ListAppender<>();
    appender.start();
    wire.addAppender(appender);
    try {
      gateway.quote(new InstallmentRequest(PaywallStubScript.lira("30.00"), Option.none()));
    } finally {
      wire.detachAppender(appender);
    }

    assertThat(appender.list).isEmpty();
  }
}
