package io.taksit.adapters.http.momkn;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.taksit.adapters.http.momkn.MomknStubScript.BASE_PATH;
import static io.taksit.adapters.http.momkn.MomknStubScript.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.taksit.adapters.http.contract.ContractSettings;
import io.taksit.adapters.http.contract.WireFaults;
import io.taksit.adapters.http.support.CallKind;
import io.taksit.adapters.http.support.HttpCalls;
import io.taksit.application.port.out.CatalogGateway;
import io.taksit.application.port.out.CatalogGateway.CatalogPage;
import io.taksit.application.port.out.ReadOutcome;
import io.taksit.domain.catalog.CatalogEntry;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Momkn's catalog call on the wire: whole with 0, incremental by version, faults as reads. */
class MomknCatalogSyncTest {

  @RegisterExtension
  static WireMockExtension server = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort())
      .build();

  private MomknGateway gateway;

  @BeforeEach
  void gateway() {
    server.stubFor(post(urlEqualTo(MomknStubScript.path(CallKind.AUTHENTICATION)))
        .willReturn(json(MomknStubScript.AUTH_ANSWER)));
    MomknConfig config = MomknStubScript.config(server.baseUrl() + BASE_PATH,
        ContractSettings.SETTINGS);
    gateway = new MomknGateway(config, HttpCalls.of(config.http()).withSleeper(wait -> { }),
        Clock.systemUTC());
  }

  private static String categories(String version) {
    return BASE_PATH + "/categories/" + version;
  }

  private static CatalogPage page(ReadOutcome<CatalogPage> outcome) {
    assertThat(outcome).isInstanceOf(ReadOutcome.Answered.class);
    return ((ReadOutcome.Answered<CatalogPage>) outcome).value();
  }

  @Test
  void the_full_list_is_asked_with_0_and_the_next_sync_asks_from_the_version_answered() {
    server.stubFor(get(urlEqualTo(categories("0"))).willReturn(json(MomknCatalogTest.CATALOG)));
    String changed = MomknCatalogTest.CATALOG.replace("\"serviceListVersion\":\"7\"",
        "\"serviceListVersion\":\"8\"").replace("\"maxValue\":1000000000", "\"maxValue\":5000");
    server.stubFor(get(urlEqualTo(categories("7"))).willReturn(json(changed)));

    CatalogPage full = page(gateway.services(CatalogGateway.FULL));
    CatalogPage since = page(gateway.services(full.version()));

    assertThat(full.version()).isEqualTo("7");
    assertThat(full.entries().map(entry -> entry.biller().id().value()))
        .containsExactly("momkn-362");
    assertThat(since.version()).isEqualTo("8");
    assertThat(since.entries().map(CatalogEntry::biller).single().amountRule().maximum()
        .amount()).isEqualByComparingTo("5000");
    server.verify(getRequestedFor(urlEqualTo(categories("7")))
        .withHeader("ServiceListVersion", equalTo("7"))
        .withHeader("ChannelIdentifier", equalTo(MomknStubScript.config("http://x", ContractSettings.SETTINGS).channelIdentifier()))
        .withHeader("Authorization", equalTo("Bearer " + MomknStubScript.TOKEN)));
  }

  @Test
  void nothing_changed_keeps_the_version_and_lists_nothing() {
    server.stubFor(get(urlEqualTo(categories("7"))).willReturn(json(
        "{\"code\":0,\"message\":\"\",\"serviceListVersion\":\"7\",\"serviceList\":null}")));

    CatalogPage page = page(gateway.services("7"));

    assertThat(page.version()).isEqualTo("7");
    assertThat(page.entries()).isEmpty();
  }

  @Test
  void an_unusable_service_is_listed_and_the_others_kept() {
    String two = MomknCatalogTest.CATALOG.replace("\"services\":[", "\"services\":["
        + "{\"serviceID\":900,\"paymentModeID\":9,\"billPaymentModeID\":1,\"status\":1,"
        + "\"minValue\":1,\"maxValue\":10},");
    server.stubFor(get(urlEqualTo(categories("0"))).willReturn(json(two)));

    CatalogPage page = page(gateway.services(CatalogGateway.FULL));

    assertThat(page.entries().map(entry -> entry.biller().id().value()))
        .containsExactly("momkn-362");
    assertThat(page.unusable()).singleElement().asString()
        .contains("service 900 paymentModeID 9");
  }

  @Test
  void an_http_400_with_momkns_envelope_is_refused_with_its_code() {
    server.stubFor(get(urlEqualTo(categories("0"))).willReturn(WireFaults.status(400)
        .withBody("{\"code\":-13,\"message\":\"bad version\"}")));

    ReadOutcome<CatalogPage> outcome = gateway.services(CatalogGateway.FULL);

    assertThat(outcome).isInstanceOf(ReadOutcome.Refused.class);
    assertThat(((ReadOutcome.Refused<CatalogPage>) outcome).answer().code())
        .containsExactly("-13");
  }
}
