package io.taksit.benchmarks.adapter;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A loopback HTTP server that answers every request of a path with the same fixed JSON, so the
 * adapter and its hand-written baseline talk to exactly the same server and the difference between
 * them is the client side alone. The JDK's server with {@code sun.net.httpserver.nodelay} on
 * (architecture.md, "Known pitfalls": without it a loopback round trip costs ~44 ms).
 *
 * <p>Each handler reads the whole request body before answering, as a real server must.
 */
final class LoopbackStub implements AutoCloseable {

  /** Momkn's service 362 (Takka installments). */
  static final String MOMKN_SERVICE = "362";
  static final String MOMKN_ACCOUNT_ID = "10001";
  static final String MOMKN_TOKEN = "stub-bearer-token-0123456789";
  static final String PAYWALL_KEY = "paywall-stub-public-key";
  static final String PAYWALL_CLIENT = "paywall-stub-public-client";

  /** Paywall's current answer shape for 1,000.00 TRY on a Garanti Bonus credit card. */
  static final String PAYWALL_ANSWER = """
      {"ErrorCodeType":0,"ErrorMessage":null,"ErrorCode":0,"Result":true,"Message":"",\
      "Body":{"CardBank":"Garanti BBVA","CardBrand":"Bonus","CardFamily":"Bonus",\
      "CardKind":"Bireysel Kart","CardType":"Credit","Options":[\
      {"PaymentGatewayId":4149,"PaymentGatewayName":"Garanti BBVA Sanal POS","Installment":1,\
      "Commission":1.79,"Interest":0.00,"RawAmount":1000.00,"InterestAmount":1000.00},\
      {"PaymentGatewayId":4149,"PaymentGatewayName":"Garanti BBVA Sanal POS","Installment":2,\
      "Commission":2.49,"Interest":1.50,"RawAmount":1000.00,"InterestAmount":1015.00},\
      {"PaymentGatewayId":4149,"PaymentGatewayName":"Garanti BBVA Sanal POS","Installment":3,\
      "Commission":2.99,"Interest":2.75,"RawAmount":1000.00,"InterestAmount":1027.50},\
      {"PaymentGatewayId":4149,"PaymentGatewayName":"Garanti BBVA Sanal POS","Installment":6,\
      "Commission":4.49,"Interest":5.90,"RawAmount":1000.00,"InterestAmount":1059.00},\
      {"PaymentGatewayId":4149,"PaymentGatewayName":"Garanti BBVA Sanal POS","Installment":9,\
      "Commission":5.99,"Interest":8.95,"RawAmount":1000.00,"InterestAmount":1089.50},\
      {"PaymentGatewayId":4149,"PaymentGatewayName":"Garanti BBVA Sanal POS","Installment":12,\
      "Commission":7.49,"Interest":11.90,"RawAmount":1000.00,"InterestAmount":1119.00}]}}""";

  static final String MOMKN_AUTHENTICATION_ANSWER = "{\"Code\":0,\"Message\":\"\",\"token\":\""
      + MOMKN_TOKEN + "\",\"expiresIn\":86400}";

  /** An approved Momkn payment of 100.00 EGP, with the receipt the sandbox sends. */
  static final String MOMKN_PAYMENT_ANSWER = """
      {"Code":0,"Message":"Success","totalAvailableBalance":99900.00,"totalBalance":99900.00,\
      "Brn":71000123,"Data":[{"Key":"CustomerName","Value":"Generated customer 1"},\
      {"Key":"Installment","Value":"Installment 1/12"}],\
      "receipt":[{"title":{"serviceName":"Takka"},"header":{"data":[\
      {"key":"Date","value":"2025-01-01 10:00:00","name":"Date","bold":false}]},\
      "body":{"data":[{"key":"Amount","value":"100.00","name":"Amount","bold":false},\
      {"key":"TotalAmount","value":"102.85","name":"TotalAmount","bold":true}]},\
      "disclaimer":"loopback stub","footer":"Takka Microfinance"}],"amount":100.00}""";

  private final HttpServer server;
  private final ExecutorService threads;

  private LoopbackStub(HttpServer server, ExecutorService threads) {
    this.server = server;
    this.threads = threads;
  }

  static LoopbackStub start() {
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
    try {
      HttpServer server = HttpServer.create(
          new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
      server.createContext("/paywall/installment", exchange -> answer(exchange, PAYWALL_ANSWER));
      server.createContext("/momkn/accounts/" + MOMKN_ACCOUNT_ID + "/authenticate",
          exchange -> answer(exchange, MOMKN_AUTHENTICATION_ANSWER));
      server.createContext("/momkn/services/" + MOMKN_SERVICE + "/payment",
          exchange -> answer(exchange, MOMKN_PAYMENT_ANSWER));
      ExecutorService threads = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "loopback-stub");
        thread.setDaemon(true);
        return thread;
      });
      server.setExecutor(threads);
      server.start();
      return new LoopbackStub(server, threads);
    } catch (IOException unbound) {
      throw new UncheckedIOException("the loopback stub could not bind", unbound);
    }
  }

  /** {@code http://127.0.0.1:PORT/paywall}. */
  String paywallBase() {
    return base() + "/paywall";
  }

  /** {@code http://127.0.0.1:PORT/momkn}. */
  String momknBase() {
    return base() + "/momkn";
  }

  private String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private static void answer(HttpExchange exchange, String json) throws IOException {
    try (exchange) {
      try (InputStream request = exchange.getRequestBody()) {
        request.readAllBytes();
      }
      byte[] body = json.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
