package io.taksit.benchmarks.endtoend;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The baseline of the end-to-end family: the three Momkn exchanges of one payment (inquiry, fee
 * quote, payment) written by hand with {@code java.net.http.HttpClient} and Jackson, the same
 * bodies the adapter sends, against the same sandbox. Its time is the sandbox's time (the loopback
 * round trips and the sandbox's own work); Taksit's time minus this is the library's own.
 *
 * <p>The bearer token is fetched once, as Taksit caches it.
 */
final class HandWrittenMomkn {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter LOCAL_DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
  private static final ZoneId CAIRO = ZoneId.of("Africa/Cairo");

  private final HttpClient http = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(2))
      .followRedirects(HttpClient.Redirect.NEVER)
      .build();
  private final String base;
  private final String bearer;

  HandWrittenMomkn(String baseUrl, String accountId, String userName, String password) {
    this.base = baseUrl;
    try {
      Token token = post(base + "/accounts/" + accountId + "/authenticate", null,
          new Authenticate(userName, password, Takka.CHANNEL_CATEGORY, Takka.CHANNEL_TYPE,
              now(), "1", "0"), Token.class);
      if (token.code() == null || token.code() != 0 || token.token() == null) {
        throw new IllegalStateException("the sandbox refused the authentication");
      }
      this.bearer = "Bearer " + token.token();
    } catch (IOException failed) {
      throw new IllegalStateException("the sandbox did not authenticate", failed);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(interrupted);
    }
  }

  /** Inquires {@code account}, quotes the fee of its oldest invoice and pays it; the answer. */
  Paid pay(String account, String hostTransactionId) throws IOException, InterruptedException {
    String services = base + "/services/" + Takka.SERVICE;
    List<Field> data = List.of(new Field("billingAccount", account));
    Inquired bill = post(services + "/inquiry", bearer,
        new Inquiry(account, now(), "1", "0", data), Inquired.class);
    if (bill.code() == null || bill.code() != 0 || bill.invoices() == null
        || bill.invoices().isEmpty()) {
      throw new IllegalStateException("no bill for " + account + ": " + bill.message());
    }
    BigDecimal amount = bill.invoices().get(0).amount();
    Fees fees = post(services + "/fees", bearer, new FeeQuestion(amount, "1", "0", bill.brn(), data),
        Fees.class);
    if (fees.code() == null || fees.code() != 0 || fees.totalAmount() == null) {
      throw new IllegalStateException("no fee for " + bill.brn() + ": " + fees.message());
    }
    Paid paid = post(services + "/payment", bearer, new Order(account, "1", "0", bill.brn(), data,
        hostTransactionId, false, "Cash", hostTransactionId, amount), Paid.class);
    if (paid.code() == null || paid.code() != 0 || paid.amount() == null
        || paid.amount().compareTo(amount) != 0) {
      throw new IllegalStateException("payment " + hostTransactionId + " not approved: "
          + paid.message());
    }
    return paid;
  }

  private <T> T post(String uri, String authorization, Object body, Class<T> answer)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri))
        .timeout(Duration.ofSeconds(10))
        .header("Content-Type", "application/json")
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    HttpResponse<byte[]> response = http.send(request.build(),
        HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(uri + " answered " + response.statusCode());
    }
    return JSON.readValue(response.body(), answer);
  }

  private static String now() {
    return LocalDateTime.now(CAIRO).format(LOCAL_DATE);
  }

  record Authenticate(@JsonProperty("UserName") String userName,
      @JsonProperty("Password") String password,
      @JsonProperty("ChannelCategory") String channelCategory,
      @JsonProperty("ChannelType") String channelType,
      @JsonProperty("LocalDate") String localDate, @JsonProperty("Version") String version,
      @JsonProperty("ServiceListVersion") String serviceListVersion) {}

  record Field(@JsonProperty("Key") String key, @JsonProperty("Value") String value) {}

  record Inquiry(@JsonProperty("BillingAccount") String billingAccount,
      @JsonProperty("localDate") String localDate, @JsonProperty("version") String version,
      @JsonProperty("serviceListVersion") String serviceListVersion,
      @JsonProperty("Data") List<Field> data) {}

  record FeeQuestion(@JsonProperty("amount") BigDecimal amount,
      @JsonProperty("version") String version,
      @JsonProperty("serviceListVersion") String serviceListVersion,
      @JsonProperty("brn") String brn, @JsonProperty("Data") List<Field> data) {}

  record Order(@JsonProperty("billingAccount") String billingAccount,
      @JsonProperty("version") String version,
      @JsonProperty("serviceListVersion") String serviceListVersion,
      @JsonProperty("brn") String brn, @JsonProperty("Data") List<Field> data,
      @JsonProperty("hostTransactionID") String hostTransactionId,
      @JsonProperty("isRetry") boolean retry, @JsonProperty("pmtMethod") String pmtMethod,
      @JsonProperty("compositeTransactionId") String compositeTransactionId,
      @JsonProperty("amount") BigDecimal amount) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Token(@JsonProperty("Code") Integer code, @JsonProperty("token") String token) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Inquired(@JsonProperty("Code") Integer code, @JsonProperty("Message") String message,
      @JsonProperty("Brn") String brn, @JsonProperty("TotalAmount") BigDecimal totalAmount,
      @JsonProperty("invoices") List<Due> invoices) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Due(@JsonProperty("Sequence") int sequence, @JsonProperty("amount") BigDecimal amount) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Fees(@JsonProperty("Code") Integer code, @JsonProperty("Message") String message,
      @JsonProperty("totalAmount") BigDecimal totalAmount) {}

  /** The payment's answer, the least a hand-written client reads. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Paid(@JsonProperty("Code") Integer code, @JsonProperty("Message") String message,
      @JsonProperty("amount") BigDecimal amount) {}
}
