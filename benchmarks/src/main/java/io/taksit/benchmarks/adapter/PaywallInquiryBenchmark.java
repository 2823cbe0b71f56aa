package io.taksit.benchmarks.adapter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.taksit.adapters.http.paywall.PaywallConfig;
import io.taksit.adapters.http.paywall.PaywallGateway;
import io.taksit.adapters.http.support.Secret;
import io.taksit.application.port.out.InstallmentGateway.InstallmentQuote;
import io.taksit.application.port.out.InstallmentGateway.InstallmentRequest;
import io.taksit.application.port.out.ReadOutcome;
import io.taksit.benchmarks.loopback.LoopbackServerFlags;
import io.taksit.domain.card.CardBin;
import io.taksit.domain.money.Money;
import io.vavr.control.Option;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One Paywall installment inquiry (1,000.00 TRY, BIN 454360) through {@link PaywallGateway}
 * (Feign over the JDK's HTTP client, read retries, answer classification, mapping to the domain's
 * installment options) against the same exchange written by hand: {@code HttpClient.send} with
 * the same headers and Jackson reading the same answer into a minimal record. Both talk to one
 * {@link LoopbackStub} that answers the same fixed JSON. The goal: at most 1.15× the
 * hand-written latency at p50 and p99.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 10)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch",
    LoopbackServerFlags.NO_DELAY, LoopbackServerFlags.KEEP_IDLE_CONNECTIONS})
@State(Scope.Benchmark)
public class PaywallInquiryBenchmark {

  private static final ObjectMapper JSON = new ObjectMapper();

  private LoopbackStub stub;
  private PaywallGateway gateway;
  private InstallmentRequest request;
  private HttpClient http;
  private HttpRequest handWritten;

  @Setup
  public void setUp() {
    stub = LoopbackStub.start();
    gateway = PaywallGateway.create(PaywallConfig.of(stub.paywallBase(),
        Secret.of(LoopbackStub.PAYWALL_KEY), Secret.of(LoopbackStub.PAYWALL_CLIENT)));
    request = new InstallmentRequest(Money.parse("1000.00", "TRY").get(),
        Option.some(CardBin.of("454360").get()));
    http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(2))
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
    // The headers the adapter sends: keys, then the parameters as headers (the SDK's way).
    handWritten = HttpRequest.newBuilder(URI.create(stub.paywallBase() + "/installment"))
        .timeout(Duration.ofSeconds(10))
        .header("Accept", "application/json")
        .header("apikeypublic", LoopbackStub.PAYWALL_KEY)
        .header("apiclientpublic", LoopbackStub.PAYWALL_CLIENT)
        .header("currencyid", "1")
        .header("amount", "1000.00")
        .header("binnumber", "454360")
        .header("distinctduplicates", "true")
        .GET()
        .build();
    if (!(taksitInquiry() instanceof ReadOutcome.Answered<InstallmentQuote>)) {
      throw new IllegalStateException("the adapter did not read the stub's answer");
    }
  }

  @TearDown
  public void tearDown() {
    stub.close();
  }

  @Benchmark
  public ReadOutcome<InstallmentQuote> taksitInquiry() {
    return gateway.quote(request);
  }

  @Benchmark
  public Answer baselineInquiry() throws IOException, InterruptedException {
    HttpResponse<byte[]> response = http.send(handWritten, HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("Paywall stub answered " + response.statusCode());
    }
    Answer answer = JSON.readValue(response.body(), Answer.class);
    if (answer.errorCode() == null || answer.errorCode() != 0 || !Boolean.TRUE.equals(answer.result())) {
      throw new IllegalStateException("Paywall refused: " + answer.message());
    }
    return answer;
  }

  /** The least of Paywall's answer a hand-written client would read. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Answer(@JsonProperty("ErrorCode") Integer errorCode,
      @JsonProperty("Result") Boolean result, @JsonProperty("Message") String message,
      @JsonProperty("Body") Body body) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Body(@JsonProperty("CardBank") String cardBank,
      @JsonProperty("CardType") String cardType, @JsonProperty("Options") List<Plan> options) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Plan(@JsonProperty("Installment") int installment,
      @JsonProperty("Interest") BigDecimal interest, @JsonProperty("RawAmount") BigDecimal rawAmount,
      @JsonProperty("InterestAmount") BigDecimal interestAmount) {}
}
