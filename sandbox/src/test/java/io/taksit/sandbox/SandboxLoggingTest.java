package io.taksit.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.taksit.sandbox.momkn.MomknCredentials;
import io.taksit.sandbox.paywall.PaywallCredentials;
import io.taksit.sandbox.sipay.SipayCredentials;
import io.taksit.sandbox.teqpay.TeqpayCredentials;
import io.taksit.sandbox.teqpay.TeqpayEndpoint;
import io.taksit.sandbox.teqpay.TeqpaySandbox;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The sandbox never logs a card number or a secret, not even at DEBUG, not even when it fails:
 * everything its loggers write during card quotes, logins and a failing request is captured and
 * searched.
 */
class SandboxLoggingTest {

  private static final String CARD = "4543600000000006";

  private final Logger sandboxLogger = (Logger) LoggerFactory.getLogger("io.taksit.sandbox");
  private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
  private Level previousLevel;

  @BeforeEach
  void capture() {
    previousLevel = sandboxLogger.getLevel();
    sandboxLogger.setLevel(Level.DEBUG);
    sandboxLogger.setAdditive(false); // the provoked warning stays out of the build's output
    captured.start();
    sandboxLogger.addAppender(captured);
  }

  @AfterEach
  void release() {
    sandboxLogger.detachAppender(captured);
    sandboxLogger.setAdditive(true);
    sandboxLogger.setLevel(previousLevel);
  }

  @Test
  void noCardNumberOrSecretReachesTheLog() {
    try (ProviderSandbox sandbox = ProviderSandbox.start()) {
      SandboxClient client = new SandboxClient(sandbox);
      TeqpayCredentials teqpay =
          sandbox.endpoint(TeqpaySandbox.ID, TeqpayEndpoint.class).credentials();
      client.momknInquiry("1000000101");
      client.sipayInquiry("5536557580");
      client.momknAuthenticate("10001", "taksit-demo", "wrong-" + CARD);
      client.sendQuietly(client.request(TeqpaySandbox.ID, "/installmentinfo")
          .header("Content-Type", "application/json")
          .header("ApiKey", teqpay.apiKey())
          .header("SecretKey", teqpay.secretKey())
          .POST(SandboxClient.json(SandboxClient.body("cardNo", CARD, "price", "10.00")))
          .build());
      sandbox.faults(request -> {
        throw new IllegalStateException("a plan that fails while holding card " + CARD);
      });
      HttpResponse<String> failed = client.sendQuietly(client.request(TeqpaySandbox.ID,
              "/installmentinfo")
          .header("Content-Type", "application/json")
          .POST(SandboxClient.json(SandboxClient.body("cardNo", CARD, "price", "10.00")))
          .build());

      assertThat(failed.statusCode()).isEqualTo(500);
      assertThat(failed.body()).doesNotContain(CARD);
    }

    assertThat(captured.list).anySatisfy(event ->
        assertThat(event.getFormattedMessage()).contains("IllegalStateException"));
    for (ILoggingEvent event : captured.list) {
      String logged = event.getFormattedMessage()
          + (event.getThrowableProxy() == null ? "" : event.getThrowableProxy().getMessage());
      assertThat(logged).doesNotContain(CARD, MomknCredentials.demo().password(),
          SipayCredentials.demo().clientSecret(), TeqpayCredentials.demo().apiKey(),
          TeqpayCredentials.demo().secretKey(), PaywallCredentials.demo().apiKeyPublic());
    }
  }
}
