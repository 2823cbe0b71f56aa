package io.taksit.adapters.http.teqpay;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import io.taksit.adapters.http.contract.ContractSettings;
import io.taksit.adapters.http.support.HttpCalls;
import io.taksit.adapters.http.support.Secret;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The contract kit's credential check bites: an adapter that sends credentials other than the
 * configured ones (here: keys of another merchant) is answered, yet the kit's credential pattern
 * matches none of its requests, so {@code every_request_carries_the_configured_credentials} fails
 * for it.
 */
class TeqpayContractKitBitesTest {

  @RegisterExtension
  static WireMockExtension server = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort()).build();

  @Test
  void requestsWithoutTheConfiguredCredentialsDoNotMatchTheKitsPattern() {
    TeqpayStubScript script = new TeqpayStubScript();
    server.stubFor(WireMock.request(script.method().getName(), script.url())
        .willReturn(script.answer()));
    TeqpayConfig otherKeys = TeqpayConfig.of(server.baseUrl() + script.basePath(),
        Secret.of("another-merchants-key"), Secret.of("another-merchants-secret"))
        .withHttp(ContractSettings.SETTINGS);
    new TeqpayGateway(otherKeys, HttpCalls.of(otherKeys.http()), Clock.systemUTC())
        .quote(script.request());

    RequestPatternBuilder call = RequestPatternBuilder.newRequestPattern(script.method(),
        script.url());
    assertThat(server.findAll(call)).hasSize(1);
    assertThat(server.findAll(script.withCredentials(
        RequestPatternBuilder.newRequestPattern(script.method(), script.url())))).isEmpty();
  }
}
