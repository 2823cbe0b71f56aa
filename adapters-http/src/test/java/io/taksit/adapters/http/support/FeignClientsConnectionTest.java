package io.taksit.adapters.http.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import feign.FeignException;
import feign.Headers;
import feign.Request;
import feign.RequestLine;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The clients {@link FeignClients} builds keep their connections: one TCP connection serves call
 * after call, answers and refusals alike, and the bodies are decoded in the charset they declare.
 *
 * <p>A JDK {@code HttpServer} on loopback rather than WireMock: it tells each exchange's client
 * port, which is how the test sees which connection a request came on.
 */
class FeignClientsConnectionTest {

  private static final Charset TURKISH = Charset.forName("ISO-8859-9");

  /** A minimal provider API. */
  interface ThingApi {
    @RequestLine("GET /thing")
    Thing get(Request.Options options);

    @RequestLine("POST /thing")
    @Headers("Content-Type: application/json")
    Thing post(Thing body, Request.Options options);

    @RequestLine("GET /refused")
    Thing refused(Request.Options options);

    @RequestLine("GET /turkish")
    Thing turkish(Request.Options options);

    @RequestLine("GET /empty")
    Thing empty(Request.Options options);
  }

  record Thing(String value, int n) {}

  private static final Set<Integer> CLIENT_PORTS = ConcurrentHashMap.newKeySet();
  private static HttpServer server;
  private static ExecutorService threads;
  private static ThingApi api;
  private static Request.Options options;

  @BeforeAll
  static void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    server.createContext("/thing", exchange -> answer(exchange, 200,
        "application/json", "{\"value\":\"v\",\"n\":1}".getBytes(StandardCharsets.UTF_8)));
    server.createContext("/refused", exchange -> answer(exchange, 400,
        "application/json", "{\"code\":-13,\"message\":\"no\"}".getBytes(StandardCharsets.UTF_8)));
    server.createContext("/turkish", exchange -> answer(exchange, 200,
        "application/json; charset=ISO-8859-9", "{\"value\":\"Şişli\",\"n\":2}".getBytes(TURKISH)));
    server.createContext("/empty", exchange -> answer(exchange, 200, "application/json",
        new byte[0]));
    threads = Executors.newFixedThreadPool(2);
    server.setExecutor(threads);
    server.start();
    api = FeignClients.create(ThingApi.class,
        Endpoint.of("http://127.0.0.1:" + server.getAddress().getPort()), HttpSettings.DEFAULTS,
        ProviderJson.mapper(), "test.thing");
    options = FeignClients.options(HttpSettings.DEFAULTS, CallKind.INQUIRY);
  }

  private static void answer(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    CLIENT_PORTS.add(exchange.getRemoteAddress().getPort());
    exchange.getRequestBody().readAllBytes();
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      exchange.getResponseBody().write(body);
    }
    exchange.close();
  }

  @AfterAll
  static void stop() {
    server.stop(0);
    threads.shutdownNow();
  }

  @BeforeEach
  void firstCallOpensTheConnection() {
    assertThat(api.get(options)).isEqualTo(new Thing("v", 1));
    CLIENT_PORTS.clear();
  }

  @Test
  void oneConnectionServesCallAfterCall() {
    for (int i = 0; i < 100; i++) {
      assertThat(api.get(options)).isEqualTo(new Thing("v", 1));
      assertThat(api.post(new Thing("p", i), options)).isEqualTo(new Thing("v", 1));
    }

    assertThat(CLIENT_PORTS).as("client ports of 200 calls").hasSize(1);
  }

  @Test
  void aRefusalLeavesTheConnectionUsable() {
    for (int i = 0; i < 5; i++) {
      assertThatThrownBy(() -> api.refused(options)).isInstanceOf(FeignException.class)
          .satisfies(e -> assertThat(((FeignException) e).status()).isEqualTo(400));
      assertThat(api.get(options)).isEqualTo(new Thing("v", 1));
    }

    assertThat(CLIENT_PORTS).as("client ports of 10 calls").hasSize(1);
  }

  @Test
  void aBodyIsDecodedInTheCharsetItDeclares() {
    assertThat(api.turkish(options)).isEqualTo(new Thing("Şişli", 2));
  }

  @Test
  void anEmptyBodyIsNoValue() {
    assertThat(api.empty(options)).isNull();
    assertThat(api.get(options)).isEqualTo(new Thing("v", 1));
    assertThat(CLIENT_PORTS).hasSize(1);
  }
}
