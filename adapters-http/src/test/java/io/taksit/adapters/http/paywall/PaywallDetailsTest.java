package io.taksit.adapters.http.paywall;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.taksit.adapters.http.paywall.PaywallStubScript.json;
import static io.taksit.adapters.http.paywall.PaywallStubScript.lira;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.taksit.adapters.http.contract.ContractSettings;
import io.taksit.adapters.http.support.HttpCalls;
import io.taksit.adapters.http.support.Secret;
import io.taksit.application.port.out.InstallmentGateway.InstallmentQuote;
import io.taksit.application.port.out.InstallmentGateway.InstallmentRequest;
import io.taksit.application.port.out.ReadOutcome;
import io.taksit.domain.card.CardBin;
import io.taksit.domain.installment.InstallmentOption;
import io.vavr.control.Option;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Paywall's gateway id and name both reach the option: a host routes the payment by the id. */
class PaywallDetailsTest {

  @RegisterExtension
  static WireMockExtension server = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort())
      .build();

  private static InstallmentQuote quote(String body, String amount) {
    server.stubFor(get(urlPathEqualTo(PaywallStubScript.BASE_PATH + "/installment"))
        .willReturn(json(body)));
    PaywallConfig config = PaywallConfig.of(server.baseUrl() + PaywallStubScript.BASE_PATH,
        Secret.of("pk"), Secret.of("pc")).withHttp(ContractSettings.SETTINGS);
    ReadOutcome<InstallmentQuote> outcome = new PaywallGateway(config,
        HttpCalls.of(config.http()).withSleeper(wait -> { }), Clock.systemUTC())
        .quote(new InstallmentRequest(lira(amount), Option.some(CardBin.of("435508").get())));
    assertThat(outcome).isInstanceOf(ReadOutcome.Answered.class);
    return ((ReadOutcome.Answered<InstallmentQuote>) outcome).value();
  }

  @Test
  void the_seed_keeps_the_gateway_id_beside_its_name() {
    InstallmentOption one = quote(PaywallSamples.CURRENT, "30.00").options().head();

    assertThat(one.channel()).containsExactly("payjumptestt");
    assertThat(one.details().channelId()).containsExactly("4149");
  }

  @Test
  void several_gateways_for_one_count_each_keep_their_id_and_name() {
    InstallmentQuote quote = quote(PaywallSamples.answer(PaywallSamples.body(
        PaywallSamples.option(4149, "payjump", 3, "2.00", "3.00", "1250.50", "1288.02") + ","
            + PaywallSamples.option("\"77\"", "garanti-vpos", 3, "1.50", "2.50", "1250.50",
            "1281.76") + ","
            + PaywallSamples.option(12, null, 3, "1.00", "4.00", "1250.50", "1300.52"))),
        "1250.50");

    assertThat(quote.options().map(InstallmentOption::count)).containsExactly(3, 3, 3);
    assertThat(quote.options().map(option -> option.channel().getOrElse("-")))
        .containsExactly("payjump", "garanti-vpos", "12");
    assertThat(quote.options().map(option -> option.details().channelId().getOrElse("-")))
        .containsExactly("4149", "77", "12");
  }

  @Test
  void the_older_shape_has_neither_id_nor_name() {
    InstallmentOption first = quote(PaywallSamples.OLDER, PaywallSamples.OLDER_AMOUNT).options()
        .head();

    assertThat(first.channel()).isEmpty();
    assertThat(first.details().channelId()).isEmpty();
  }
}
