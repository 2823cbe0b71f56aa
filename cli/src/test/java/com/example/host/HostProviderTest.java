package com.example.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.taksit.adapters.http.support.ConfigProblem;
import io.taksit.application.port.in.QuoteInstallments;
import io.taksit.bootstrap.Taksit;
import io.taksit.bootstrap.config.InvalidConfigurationException;
import io.taksit.cli.TaksitCli;
import io.taksit.domain.installment.InstallmentOption;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * A host outside Taksit ({@code com.example.host}) adds a provider of its own through the SPI,
 * on its own class path, and uses it from a YAML configuration through {@code Taksit.fromConfig}
 * and through the CLI's {@code installments} — with no Taksit file changed for it.
 */
class HostProviderTest {

  private static final String KEY = "acme-merchant-key-3e9d";
  private static final Map<String, String> ENV = Map.of("ACME_MERCHANT_KEY", KEY);
  private static final String PLANS = """
      {"ok":true,"plans":[{"count":1,"total":1000.00},{"count":3,"total":1030.00}]}""";

  private static HttpServer acme;
  private static final AtomicReference<String> keySent = new AtomicReference<>();

  @TempDir
  Path directory;

  @BeforeAll
  static void startAcme() throws IOException {
    acme = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    acme.createContext("/acme/plans", exchange -> {
      keySent.set(exchange.getRequestHeaders().getFirst("X-Merchant-Key"));
      byte[] body = PLANS.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    acme.start();
  }

  @AfterAll
  static void stopAcme() {
    acme.stop(0);
  }

  private Path configuration() throws IOException {
    Path file = directory.resolve("taksit.yaml");
    Files.writeString(file, """
        providers:
          acme:
            baseUrl: http://127.0.0.1:%d/acme
            merchantKey: ${ACME_MERCHANT_KEY}
            http:
              readRetries:
                maxTries: 1
        """.formatted(acme.getAddress().getPort()));
    return file;
  }

  @Test
  void fromConfigQuotesTheHostsOwnProvider() throws IOException {
    try (Taksit taksit = Taksit.fromConfig(configuration(), ENV)) {
      QuoteInstallments.Quotes quotes = taksit.quoteInstallments()
          .quote(new QuoteInstallments.Command(new BigDecimal("1000.00"), "TRY", "454360",
              Set.of()))
          .get();
      assertThat(quotes.problems()).isEmpty();
      InstallmentOption three = quotes.offers().options().find(o -> o.count() == 3).get();
      assertThat(three.provider().value()).isEqualTo("acme");
      assertThat(three.total().amount()).isEqualByComparingTo("1030.00");
      assertThat(three.customerInterestRate()).isEqualByComparingTo("3");
      assertThat(three.merchantCommissionRate()).isEmpty();
    }
    assertThat(keySent.get()).isEqualTo(KEY);
  }

  @Test
  void theCliListsTheHostsPlans() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = TaksitCli.run(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), ENV, "-c",
        configuration().toString(), "--json", "installments", "--bin", "454360", "--amount",
        "1000", "--currency", "TRY");

    assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
    JsonNode quotes = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    assertThat(quotes.get("options")).hasSize(2);
    assertThat(quotes.get("options")).allSatisfy(option -> {
      assertThat(option.get("provider").asText()).isEqualTo("acme");
      assertThat(option.get("merchantCommissionRate").isNull()).as("unknown, not 0").isTrue();
    });
    assertThat(out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8))
        .doesNotContain(KEY);
  }

  @Test
  void theHostsOwnSecretHeaderIsMaskedInTheWireLog() throws IOException {
    Logger wire = (Logger) LoggerFactory.getLogger(AcmeGateway.WIRE_LOGGER);
    ListAppender<ILoggingEvent> captured = new ListAppender<>();
    captured.start();
    wire.addAppender(captured);
    Level before = wire.getLevel();
    wire.setLevel(Level.DEBUG);
    try (Taksit taksit = Taksit.fromConfig(configuration(), ENV)) {
      taksit.quoteInstallments().quote(new QuoteInstallments.Command(new BigDecimal("1000.00"),
          "TRY", null, Set.of()));
    } finally {
      wire.detachAppender(captured);
      wire.setLevel(before);
    }
    String logged = String.join("\n", captured.list.stream()
        .map(ILoggingEvent::getFormattedMessage).toList());
    assertThat(logged).contains("X-Merchant-Key: ****").doesNotContain(KEY);
  }

  @Test
  void aBadSectionIsReportedWithItsFullKeysAndNoSecret() throws IOException {
    Path file = directory.resolve("bad.yaml");
    Files.writeString(file, """
        providers:
          acme:
            baseUrl: http://acme.example.com
            merchantKey: "  "
            timeout: 2s
        """);
    InvalidConfigurationException invalid = catchThrowableOfType(
        InvalidConfigurationException.class, () -> Taksit.fromConfig(file, ENV));
    assertThat(invalid.problems().map(ConfigProblem::toString)).containsExactly(
        "providers.acme.baseUrl: must use https (plain http only for loopback hosts)",
        "providers.acme.merchantKey: must not be blank",
        "providers.acme.timeout: is not a known key (known here: baseUrl, http, merchantKey)");
  }
}
