package io.taksit.adapters.http.momkn;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.taksit.adapters.http.momkn.MomknStubScript.ACCOUNT;
import static io.taksit.adapters.http.momkn.MomknStubScript.BASE_PATH;
import static io.taksit.adapters.http.momkn.MomknStubScript.PASSWORD;
import static io.taksit.adapters.http.momkn.MomknStubScript.TOKEN;
import static io.taksit.adapters.http.momkn.MomknStubScript.biller;
import static io.taksit.adapters.http.momkn.MomknStubScript.json;
import static io.taksit.adapters.http.momkn.MomknStubScript.path;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.taksit.adapters.http.contract.ContractSettings;
import io.taksit.adapters.http.contract.WireFaults;
import io.taksit.adapters.http.contract.WireLogCapture;
import io.taksit.adapters.http.support.CallKind;
import io.taksit.adapters.http.support.HttpCalls;
import io.taksit.application.port.out.BillingGateway.InquiryRequest;
import io.taksit.application.port.out.ReadOutcome;
import io.taksit.domain.bill.AccountRef;
import io.taksit.domain.money.Currencies;
import io.taksit.domain.payment.OutcomeKind;
import io.taksit.domain.payment.PaymentId;
import io.vavr.collection.HashMap;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The wire log at DEBUG over every Momkn call, authentication and a token renewal included: it
 * shows the traffic (paths, Arabic answers) but never the password, a token or a card number.
 */
class MomknWireLogTest {

  @RegisterExtension
  static WireMockExtension server = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort())
      .build();

  /** A card number typed into a service field by mistake: it must reach the log masked. */
  private static final String CARD = "4543601234567890";

  private MomknGateway gateway;

  @BeforeEach
  void stubEveryCall() {
    MomknStubScript script = new MomknStubScript();
    script.stubAuthentication(server);
    for (CallKind kind : List.of(CallKind.INQUIRY, CallKind.FEES, CallKind.PAYMENT,
        CallKind.STATUS)) {
      server.stubFor(post(urlEqualTo(path(kind))).willReturn(script.answer(kind)));
    }
    gateway = new MomknGateway(
        MomknStubScript.config(server.baseUrl() + BASE_PATH, ContractSettings.SETTINGS),
        HttpCalls.of(ContractSettings.SETTINGS), Clock.systemUTC());
  }

  @Test
  void every_call_is_logged_without_password_token_or_card_number() {
    MomknStubScript script = new MomknStubScript();
    List<String> lines;
    try (WireLogCapture capture = WireLogCapture.start()) {
      assertThat(gateway.inquire(new InquiryRequest(biller(Currencies.EGP),
          new AccountRef(ACCOUNT), HashMap.of("cardNumber", CARD))))
          .isInstanceOf(ReadOutcome.Answered.class);
      assertThat(gateway.quoteFees(script.feeRequest())).isInstanceOf(ReadOutcome.Answered.class);
      assertThat(gateway.pay(script.payRequest(new PaymentId("log-1"))).kind())
          .isEqualTo(OutcomeKind.APPROVED);
      assertThat(gateway.checkStatus(script.statusRequest(new PaymentId("log-1"))).kind())
          .isEqualTo(OutcomeKind.APPROVED);
      lines = capture.lines();
    }

    assertThat(lines).anyMatch(line -> line.contains(path(CallKind.AUTHENTICATION)));
    for (CallKind kind : List.of(CallKind.INQUIRY, CallKind.FEES, CallKind.PAYMENT,
        CallKind.STATUS)) {
      assertThat(lines).anyMatch(line -> line.contains(path(kind)));
    }
    assertThat(lines).anyMatch(line -> line.contains(MomknStubScript.CUSTOMER_NAME));
    assertThat(lines).anyMatch(line -> line.contains("454360******7890"));
    assertNoSecretIn(lines);
  }

  @Test
  void a_token_renewal_after_a_401_logs_no_token_either() {
    server.stubFor(post(urlEqualTo(path(CallKind.PAYMENT))).willReturn(WireFaults.status(401)));
    List<String> lines;
    try (WireLogCapture capture = WireLogCapture.start()) {
      assertThat(gateway.pay(new MomknStubScript().payRequest(new PaymentId("log-2"))).kind())
          .isEqualTo(OutcomeKind.NOT_PROCESSED);
      lines = capture.lines();
    }
    assertThat(lines.stream().filter(line -> line.contains(path(CallKind.AUTHENTICATION))))
        .hasSizeGreaterThanOrEqualTo(2);
    assertNoSecretIn(lines);
  }

  private static void assertNoSecretIn(List<String> lines) {
    assertThat(lines).isNotEmpty();
    assertThat(lines).noneMatch(line -> line.contains(PASSWORD));
    assertThat(lines).noneMatch(line -> line.contains(TOKEN));
    assertThat(lines).noneMatch(line -> line.contains("momkn-token"));
    assertThat(lines).noneMatch(line -> line.contains(CARD));
  }
}
