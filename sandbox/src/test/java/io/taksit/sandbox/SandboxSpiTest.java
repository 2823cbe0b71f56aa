package io.taksit.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.taksit.domain.provider.ProviderId;
import io.taksit.sandbox.momkn.MomknEndpoint;
import io.taksit.sandbox.momkn.MomknSandbox;
import io.taksit.sandbox.paywall.PaywallSandbox;
import io.taksit.sandbox.sipay.SipayEndpoint;
import io.taksit.sandbox.sipay.SipaySandbox;
import io.taksit.sandbox.spi.ProviderEndpoint;
import io.taksit.sandbox.spi.Route;
import io.taksit.sandbox.spi.SandboxCall;
import io.taksit.sandbox.spi.SandboxContext;
import io.taksit.sandbox.spi.SandboxProvider;
import io.taksit.sandbox.spi.SandboxProviders;
import io.taksit.sandbox.spi.SandboxReply;
import io.taksit.sandbox.support.Json;
import io.vavr.control.Option;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The sandbox knows its providers only through the SPI: it serves exactly the ones registered in
 * {@code META-INF/services}, writes a ready configuration from what each endpoint says, and serves
 * a provider it has never heard of when one is handed to it.
 */
class SandboxSpiTest {

  @Test
  void servesExactlyTheProvidersRegisteredThroughTheServiceLoader() {
    List<ProviderId> registered = new ArrayList<>();
    ServiceLoader.load(SandboxProvider.class).forEach(provider -> registered.add(provider.id()));

    try (ProviderSandbox sandbox = ProviderSandbox.start()) {
      assertThat(registered).isNotEmpty();
      assertThat(sandbox.providers()).containsExactlyElementsOf(registered.stream().sorted()
          .toList());
      assertThat(SandboxProviders.installed()).extracting(SandboxProvider::id)
          .containsExactlyElementsOf(sandbox.providers());
    }
  }

  @Test
  void theReadyConfigurationHasASectionAndABaseUrlForEachProviderAndTheirBillers() {
    try (ProviderSandbox sandbox = ProviderSandbox.start()) {
      ObjectNode configuration = sandbox.configuration();

      assertThat(configuration.fieldNames()).toIterable()
          .containsExactly("providers", "billers");
      JsonNode providers = configuration.get("providers");
      assertThat(providers.fieldNames()).toIterable().containsExactlyElementsOf(
          sandbox.providers().stream().map(ProviderId::value).toList());
      for (ProviderId provider : sandbox.providers()) {
        assertThat(providers.get(provider.value()).get("baseUrl").asText())
            .isEqualTo(sandbox.baseUrl(provider).toString());
      }
      JsonNode momkn = providers.get(MomknSandbox.ID.value());
      assertThat(momkn.get("accountId").asText()).isEqualTo("10001");
      assertThat(momkn.get("password").asText()).isEqualTo("momkn-sandbox-password");
      assertThat(providers.get(SipaySandbox.ID.value()).get("walletNumber").asText())
          .isEqualTo("2500025");
      assertThat(providers.get(PaywallSandbox.ID.value()).get("apiKeyPublic").asText())
          .isEqualTo("paywall-sandbox-public-key");

      List<String> billers = new ArrayList<>();
      configuration.get("billers").forEach(biller -> billers.add(
          biller.get("id").asText() + " " + biller.get("provider").asText()));
      assertThat(billers).containsExactly("momkn-362 momkn", "sipay-turk-telekom sipay");
      JsonNode takka = configuration.get("billers").get(0);
      assertThat(takka.get("name").asText()).isEqualTo("Takka installments (أقساط)");
      assertThat(takka.get("serviceCode").asText()).isEqualTo("362");
      assertThat(takka.get("step").asText()).isEqualTo("5");
      JsonNode tier = configuration.get("billers").get(1).at("/feeSchedule/tiers/0");
      assertThat(tier.get("cap").asText()).isEqualTo("25.00");
      assertThat(sandbox.configuration()).isEqualTo(configuration).isNotSameAs(configuration);
    }
  }

  @Test
  void typedEndpointsGiveTheProvidersDataAndRefuseTheWrongType() {
    try (ProviderSandbox sandbox = ProviderSandbox.start(SandboxSettings.defaults()
        .withGeneratedAccounts(2))) {
      assertThat(sandbox.endpoint(MomknSandbox.ID, MomknEndpoint.class).service().accounts())
          .extracting(account -> account.billingAccount())
          .endsWith("2000000001", "2000000002");
      assertThat(sandbox.endpoint(SipaySandbox.ID, SipayEndpoint.class).institution().wallets()
          .get(0).balance()).isEqualByComparingTo("1000000000.00");
      assertThatThrownBy(() -> sandbox.endpoint(MomknSandbox.ID, SipayEndpoint.class))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SipayEndpoint");
      assertThatThrownBy(() -> sandbox.endpoint(new ProviderId("other"), MomknEndpoint.class))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void providerDataMustBeOfTheProvidersTypeAndForAProviderItServes() {
    SandboxSettings wrongType = SandboxSettings.defaults()
        .withProviderData(MomknSandbox.ID, "not a service");
    SandboxSettings unknown = SandboxSettings.defaults()
        .withProviderData(new ProviderId("nobody"), "data");

    assertThatThrownBy(() -> ProviderSandbox.start(wrongType))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MomknService");
    assertThatThrownBy(() -> ProviderSandbox.start(unknown))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nobody");
    assertThat(unknown.toString()).contains("providerData for [nobody]");
  }

  @Test
  void aProviderNobodyNamedIsServedWithItsOwnDataConfigurationAndTokens() throws Exception {
    Echo echo = new Echo();
    try (ProviderSandbox sandbox = ProviderSandbox.start(SandboxSettings.defaults()
        .withProviderData(Echo.ID, "seeded"), List.of(echo))) {
      SandboxClient client = new SandboxClient(sandbox);

      HttpResponse<String> pong = client.send(client.request(Echo.ID, "/ping").GET().build());
      HttpResponse<String> elsewhere = client.send(java.net.http.HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + sandbox.port() + "/momkn")).GET().build());
      sandbox.expireTokens();

      assertThat(sandbox.providers()).containsExactly(Echo.ID);
      assertThat(pong.body()).isEqualTo("{\"echo\":\"seeded\"}");
      assertThat(SandboxClient.tree(elsewhere).get("error").asText())
          .isEqualTo("not a sandbox path; providers are under /echo/v1");
      assertThat(sandbox.configuration().toString()).isEqualTo("{\"providers\":{\"echo\":"
          + "{\"baseUrl\":\"" + sandbox.baseUrl(Echo.ID) + "\"}},\"billers\":[]}");
      assertThat(echo.expired).hasValue(1);
    }
  }

  @Test
  void twoProvidersOfOneIdOrOnOnePathAreRefused() {
    assertThatThrownBy(() -> ProviderSandbox.start(SandboxSettings.defaults(),
        List.of(new Echo(), new Echo())))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("registered twice");
    assertThatThrownBy(() -> ProviderSandbox.start(SandboxSettings.defaults(),
        List.of(new Echo(), new Echo(new ProviderId("echo-two")))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("/echo/v1");
  }

  /** A provider of the test's own: its data is a word, it echoes it. */
  private static final class Echo implements SandboxProvider<String> {
    static final ProviderId ID = new ProviderId("echo");

    private final ProviderId id;
    private final AtomicInteger expired = new AtomicInteger();

    Echo() {
      this(ID);
    }

    Echo(ProviderId id) {
      this.id = id;
    }

    @Override
    public ProviderId id() {
      return id;
    }

    @Override
    public Class<String> dataType() {
      return String.class;
    }

    @Override
    public String demoData(LocalDate today) {
      return "demo of " + today;
    }

    @Override
    public ProviderEndpoint endpoint(SandboxContext<String> context) {
      return new ProviderEndpoint() {
        @Override
        public ProviderId provider() {
          return id;
        }

        @Override
        public String basePath() {
          return "/echo/v1";
        }

        @Override
        public Option<Route> route(String path) {
          return path.equals("/ping")
              ? Option.some(new Route(SandboxOperation.INQUIRY, "GET", "")) : Option.none();
        }

        @Override
        public SandboxReply handle(SandboxCall call) {
          return Json.reply(200, Json.object("echo", context.data()));
        }

        @Override
        public SandboxReply error(int status, String message) {
          return Json.reply(status, Json.object("error", message));
        }

        @Override
        public byte[] truncatedAnswer(SandboxOperation operation) {
          return "{\"echo\":".getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public void expireTokens() {
          expired.incrementAndGet();
        }

        @Override
        public ObjectNode configuration(URI baseUrl) {
          return JsonNodeFactory.instance.objectNode().put("baseUrl", baseUrl.toString());
        }
      };
    }
  }
}
