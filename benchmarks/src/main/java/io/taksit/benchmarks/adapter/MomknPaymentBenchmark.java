package io.taksit.benchmarks.adapter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.taksit.adapters.http.momkn.MomknConfig;
import io.taksit.adapters.http.momkn.MomknGateway;
import io.taksit.adapters.http.support.Secret;
import io.taksit.application.port.out.BillingGateway.PayRequest;
import io.taksit.benchmarks.endtoend.Takka;
import io.taksit.benchmarks.loopback.LoopbackServerFlags;
import io.taksit.domain.bill.AccountRef;
import io.taksit.domain.bill.BillReference;
import io.taksit.domain.bill.Biller;
import io.taksit.domain.money.Money;
import io.taksit.domain.payment.PaymentId;
import io.taksit.domain.payment.PaymentOutcome;
import io.vavr.collection.TreeSet;
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
 * One Momkn payment of 100.00 EGP through {@link MomknGateway#pay} (bearer token already cached,
 * a new {@code hostTransactionID} per call, one attempt, answer classification and the amount
 * integrity check) against the same POST written by hand: the same JSON body serialised by
 * Jackson, {@code HttpClient.send}, the answer read into a minimal record and its {@code Code}
 * and amount checked. Both talk to one {@link LoopbackStub} that approves every payment with the
 * same answer. The goal: at most 1.15× the hand-written latency at p50 and p99.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 10)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch",
    LoopbackServerFlags.NO_DELAY, LoopbackServerFlags.KEEP_IDLE_CONNECTIONS})
@State(Scope.Benchmark)
public class MomknPaymentBenchmark {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ACCOUNT = "2000000001";
  private static final String BRN = "71000123";
  private static final BigDecimal AMOUNT = new BigDecimal("100.00");

  private LoopbackStub stub;
  private MomknGateway gateway;
  private Biller takka;
  private AccountRef account;
  private BillReference brn;
  private Money amount;
  private HttpClient http;
  private URI paymentUri;
  private long sequence;

  @Setup
  public void setUp() {
    stub = LoopbackStub.start();
    gateway = MomknGateway.create(MomknConfig.of(stub.momknBase(), LoopbackStub.MOMKN_ACCOUNT_ID,
        "taksit-benchmarks", Secret.of("stub-password"), Takka.CHANNEL_CATEGORY,
        Takka.CHANNEL_TYPE, Takka.CHANNEL_IDENTIFIER));
    takka = Takka.biller();
    account = AccountRef.of(ACCOUNT).get();
    brn = BillReference.of(BRN).get();
    amount = Takka.egp("100.00");
    http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(2))
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
    paymentUri = URI.create(stub.momknBase() + "/services/" + Takka.SERVICE + "/payment");
    // The first payment authenticates; every measured one finds the token cached.
    if (!(taksitPayment() instanceof PaymentOutcome.Approved)) {
      throw new IllegalStateException("the adapter did not read the stub's approval");
    }
  }

  @TearDown
  public void tearDown() {
    stub.close();
  }

  private String nextTransactionId() {
    return "bench-" + (++sequence);
  }

  @Benchmark
  public PaymentOutcome taksitPayment() {
    return gateway.pay(new PayRequest(new PaymentId(nextTransactionId()), takka, account, brn,
        amount, TreeSet.of(1), Option.none(), false, Option.none()));
  }

  @Benchmark
  public Answer baselinePayment() throws IOException, InterruptedException {
    String id = nextTransactionId();
    Order order = new Order(ACCOUNT, "1", "0", BRN, List.of(new Field("billingAccount", ACCOUNT)),
        id, false, "Cash", id, AMOUNT);
    HttpRequest request = HttpRequest.newBuilder(paymentUri)
        .timeout(Duration.ofSeconds(10))
        .header("Content-Type", "application/json")
        .header("Accept", "application/json")
        .header("Authorization", "Bearer " + LoopbackStub.MOMKN_TOKEN)
        .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(order)))
        .build();
    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("Momkn stub answered " + response.statusCode());
    }
    Answer answer = JSON.readValue(response.body(), Answer.class);
    if (answer.code() == null || answer.code() != 0 || answer.amount() == null
        || answer.amount().compareTo(AMOUNT) != 0) {
      throw new IllegalStateException("Momkn did not approve: " + answer.message());
    }
    return answer;
  }

  /** The payment body, field for field as the adapter sends it. */
  public record Order(@JsonProperty("billingAccount") String billingAccount,
      @JsonProperty("version") String version,
      @JsonProperty("serviceListVersion") String serviceListVersion,
      @JsonProperty("brn") String brn, @JsonProperty("Data") List<Field> data,
      @JsonProperty("hostTransactionID") String hostTransactionId,
      @JsonProperty("isRetry") boolean retry, @JsonProperty("pmtMethod") String pmtMethod,
      @JsonProperty("compositeTransactionId") String compositeTransactionId,
      @JsonProperty("amount") BigDecimal amount) {}

  public record Field(@JsonProperty("Key") String key, @JsonProperty("Value") String value) {}

  /** The least of Momkn's answer a hand-written client would read. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Answer(@JsonProperty("Code") Integer code,
      @JsonProperty("Message") String message, @JsonProperty("Brn") String brn,
      @JsonProperty("amount") BigDecimal amount) {}
}
