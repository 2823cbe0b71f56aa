package io.taksit.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taksit.domain.provider.ProviderId;
import io.taksit.sandbox.momkn.MomknCredentials;
import io.taksit.sandbox.momkn.MomknSandbox;
import io.taksit.sandbox.paywall.PaywallCredentials;
import io.taksit.sandbox.paywall.PaywallSandbox;
import io.taksit.sandbox.sipay.SipayCredentials;
import io.taksit.sandbox.sipay.SipaySandbox;
import io.taksit.sandbox.spi.SandboxProvider;
import io.taksit.sandbox.spi.SandboxProviders;
import io.taksit.sandbox.teqpay.TeqpayCredentials;
import io.taksit.sandbox.teqpay.TeqpaySandbox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProviderSandboxTest {

  @Test
  void servesEachProviderUnderItsDocumentedBasePathOnLoopback() {
    try (ProviderSandbox sandbox = ProviderSandbox.start()) {
      int port = sandbox.port();

      assertThat(port).isPositive();
      assertThat(sandbox.baseUrl(MomknSandbox.ID))
          .hasToString("http://127.0.0.1:" + port + "/momkn/gateway/api/v2");
      assertThat(sandbox.baseUrl(SipaySandbox.ID))
          .hasToString("http://127.0.0.1:" + port + "/sipay");
      assertThat(sandbox.baseUrl(PaywallSandbox.ID))
          .hasToString("http://127.0.0.1:" + port + "/paywall/api/paywall");
      assertThat(sandbox.baseUrl(TeqpaySandbox.ID))
          .hasToString("http://127.0.0.1:" + port + "/teqpay");
      // Every provider registered through the SPI, in id order; these four among them.
      assertThat(sandbox.providers()).containsExactlyElementsOf(SandboxProviders.installed()
          .stream().map(SandboxProvider::id).sorted().toList());
      assertThat(sandbox.providers()).contains(MomknSandbox.ID, PaywallSandbox.ID,
          SipaySandbox.ID, TeqpaySandbox.ID);
      assertThatThrownBy(() -> sandbox.baseUrl(new ProviderId("other")))
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(System.getProperty("sun.net.httpserver.nodelay")).isEqualTo("true");
    }
  }

  @Test
  void startsOnAGivenPortAndFreesItWhenClosed() throws IOException {
    int port;
    try (ServerSocket probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    }
    SandboxSettings onPort = SandboxSettings.defaults().withPort(port);
    try (ProviderSandbox sandbox = ProviderSandbox.start(onPort)) {
      assertThat(sandbox.port()).isEqualTo(port);
      assertThatThrownBy(() -> ProviderSandbox.start(onPort))
          .isInstanceOf(UncheckedIOException.class);
    }
    try (ProviderSandbox again = ProviderSandbox.start(onPort)) {
      assertThat(again.port()).isEqualTo(port);
    }
  }

  @Test
  void unknownPathsAndMethodsAreAnsweredPlainly() throws Exception {
    try (ProviderSandbox sandbox = ProviderSandbox.start()) {
      SandboxClient client = new SandboxClient(sandbox);

      HttpResponse<String> outside = client.send(java.net.http.HttpRequest.newBuilder(
          java.net.URI.create("http://127.0.0.1:" + sandbox.port() + "/nowhere")).GET().build());
      HttpResponse<String> inside = client.send(
          client.request(MomknSandbox.ID, "/services/362/refund").GET().build());
      HttpResponse<String> wrongMethod = client.send(
          client.request(PaywallSandbox.ID, "/installment")
              .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build());

      assertThat(outside.statusCode()).isEqualTo(404);
      assertThat(SandboxClient.tree(outside).get("error").asText())
          .startsWith("not a sandbox path; providers are under ")
          .contains("/momkn/gateway/api/v2, /paywall/api/paywall, /sipay and /teqpay");
      assertThat(inside.statusCode()).isEqualTo(404);
      assertThat(wrongMethod.statusCode()).isEqualTo(405);
      assertThat(wrongMethod.headers().firstValue("Allow")).contains("GET");
      assertThat(sandbox.requestCount()).isZero();
    }
  }

  @Test
  void theHappyPathIsALoopbackRoundTripNotANagleDelay() {
    try (ProviderSandbox sandbox = ProviderSandbox.start()) {
      SandboxClient client = new SandboxClient(sandbox);
      client.momknStatus("warm-up");
      int calls = 200;
      long started = System.nanoTime();
      for (int i = 0; i < calls; i++) {
        client.momknStatus("k-" + i);
      }
      Duration perCall = Duration.ofNanos((System.nanoTime() - started) / calls);

      // ~0.2 ms on loopback; 44 ms per call would mean TCP_NODELAY is off.
      assertThat(perCall).isLessThan(Duration.ofMillis(10));
      assertThat(sandbox.requestCount()).isEqualTo(calls + 2L); // + authenticate + warm-up
      assertThat(sandbox.awaitIdle(Duration.ofSeconds(1))).isTrue();
    }
  }

  @Test
  void aClientOfferingAnHttp2UpgradeIsAnsweredInHttp11() throws Exception {
    try (ProviderSandbox sandbox = ProviderSandbox.start()) {
      SandboxClient client = new SandboxClient(sandbox);
      HttpClient http2 = HttpClient.newHttpClient();

      for (int i = 0; i < 3; i++) {
        HttpResponse<String> response = http2.send(
            client.momknRequest("status", SandboxClient.body("hostTransactionID", "h2-" + i)),
            HttpResponse.BodyHandlers.ofString());
        assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
        assertThat(SandboxClient.tree(response).get("Status").asText()).isEqualTo("NotFound");
      }
    }
  }

  @Test
  void credentialsNeverShowInToString() {
    MomknCredentials momkn = MomknCredentials.demo();
    SipayCredentials sipay = SipayCredentials.demo();
    PaywallCredentials paywall = PaywallCredentials.demo();
    TeqpayCredentials teqpay = TeqpayCredentials.demo();

    assertThat(momkn.toString()).contains(momkn.accountId()).doesNotContain(momkn.password());
    assertThat(sipay.toString()).contains(sipay.clientId()).doesNotContain(sipay.clientSecret());
    assertThat(paywall.toString())
        .doesNotContain(paywall.apiKeyPublic(), paywall.apiClientPublic());
    assertThat(teqpay.toString()).doesNotContain(teqpay.apiKey(), teqpay.secretKey());
  }
}
