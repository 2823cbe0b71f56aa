package io.taksit.adapters.http.support;

import static org.assertj.core.api.Assertions.assertThat;

import feign.FeignException;
import feign.Request;
import feign.Response;
import feign.RetryableException;
import io.taksit.domain.payment.OutcomeKind;
import io.taksit.application.port.out.ReadOutcome;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The classification of exchanges and the read retry rules, without a network. */
class HttpCallsTest {

  private static final Request REQUEST = Request.create(Request.HttpMethod.POST,
      "http://127.0.0.1/pay", Map.of(), new byte[0], StandardCharsets.UTF_8, null);

  private final List<Duration> waits = new ArrayList<>();
  private final HttpCalls calls = new HttpCalls(
      new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(5)), waits::add,
      Clock.systemUTC());

  private static FeignException status(int status, Map<String, Collection<String>> headers) {
    Response response = Response.builder().status(status).reason("x").headers(headers)
        .body("{\"apikeypublic\":\"k-1\",\"msg\":\"no\"}", StandardCharsets.UTF_8)
        .request(REQUEST).build();
    return FeignException.errorStatus("Api#call", response);
  }

  private static RetryableException io(Throwable cause) {
    return new RetryableException(-1, cause.getMessage(), Request.HttpMethod.POST, cause,
        (Long) null, REQUEST);
  }

  /** Throws the given failures in turn, then answers "ok". */
  private static Supplier<String> failing(AtomicInteger count, RuntimeException... failures) {
    return () -> {
      int i = count.getAndIncrement();
      if (i < failures.length) {
        throw failures[i];
      }
      return "ok";
    };
  }

  @Test
  void connect_failures_prove_nothing_was_sent() {
    assertThat(calls.once(failing(new AtomicInteger(), io(new ConnectException("refused")))))
        .isInstanceOf(HttpResult.NotSent.class);
    assertThat(calls.once(failing(new AtomicInteger(),
        io(new HttpConnectTimeoutException("connect timed out")))))
        .isInstanceOf(HttpResult.NotSent.class);
  }

  @Test
  void other_io_failures_may_have_been_sent() {
    HttpResult<String> timeout = calls.once(failing(new AtomicInteger(),
        io(new HttpTimeoutException("request timed out"))));
    assertThat(timeout).isInstanceOf(HttpResult.NoAnswer.class);
    assertThat(timeout.describe()).contains("read timed out after the request was sent");
    assertThat(calls.once(failing(new AtomicInteger(), io(new SocketException("Connection reset")))))
        .isInstanceOf(HttpResult.NoAnswer.class);
  }

  @Test
  void rejections_keep_status_retry_after_and_a_masked_body() {
    HttpResult<String> result = calls.once(failing(new AtomicInteger(),
        status(429, Map.of("Retry-After", List.of("7")))));
    assertThat(result).isInstanceOf(HttpResult.Rejected.class);
    HttpResult.Rejected<String> rejected = (HttpResult.Rejected<String>) result;
    assertThat(rejected.status()).isEqualTo(429);
    assertThat(rejected.retryAfter()).contains(Duration.ofSeconds(7));
    assertThat(rejected.body()).doesNotContain("k-1").contains("\"msg\":\"no\"");
  }

  @Test
  void a_null_body_is_unreadable() {
    assertThat(calls.once(() -> null)).isInstanceOf(HttpResult.Unreadable.class);
  }

  @Test
  void payments_are_never_repeated_whatever_the_failure() {
    AtomicInteger count = new AtomicInteger();
    HttpResult<String> result = calls.once(failing(count, status(503, Map.of()), status(503, Map.of())));
    assertThat(result).isInstanceOf(HttpResult.Rejected.class);
    assertThat(count).hasValue(1);
    assertThat(HttpOutcomes.forPayment(result).kind()).isEqualTo(OutcomeKind.UNKNOWN);
  }

  @Test
  void reads_repeat_503_429_and_connect_failures_within_the_policy() {
    AtomicInteger count = new AtomicInteger();
    HttpResult<String> result = calls.read(failing(count, status(503, Map.of()),
        status(429, Map.of("Retry-After", List.of("2")))));
    assertThat(result).isEqualTo(new HttpResult.Answered<>("ok"));
    assertThat(count).hasValue(3);
    assertThat(waits).containsExactly(Duration.ofMillis(100), Duration.ofSeconds(2));
  }

  @Test
  void reads_stop_after_max_tries() {
    AtomicInteger count = new AtomicInteger();
    RuntimeException refused = io(new ConnectException("refused"));
    HttpResult<String> result = calls.read(failing(count, refused, refused, refused, refused));
    assertThat(result).isInstanceOf(HttpResult.NotSent.class);
    assertThat(count).hasValue(3);
  }

  @Test
  void reads_do_not_wait_longer_than_the_cap() {
    AtomicInteger count = new AtomicInteger();
    HttpResult<String> result = calls.read(failing(count,
        status(429, Map.of("Retry-After", List.of("60")))));
    assertThat(count).hasValue(1);
    assertThat(waits).isEmpty();
    ReadOutcome<String> outcome = HttpOutcomes.forRead(result);
    assertThat(outcome).isInstanceOf(ReadOutcome.Failed.class);
    assertThat(((ReadOutcome.Failed<String>) outcome).retryAfter()).contains(Duration.ofSeconds(60));
  }

  @Test
  void reads_do_not_repeat_what_may_have_been_processed_or_is_final() {
    for (RuntimeException failure : List.of(status(500, Map.of()), status(400, Map.of()),
        io(new HttpTimeoutException("request timed out")))) {
      AtomicInteger count = new AtomicInteger();
      calls.read(failing(count, failure));
      assertThat(count).as(failure.getMessage()).hasValue(1);
    }
  }

  @Test
  void payment_rows_of_the_taxonomy() {
    assertThat(HttpOutcomes.forPayment(new HttpResult.NotSent<>("refused")).kind())
        .isEqualTo(OutcomeKind.NOT_PROCESSED);
    assertThat(HttpOutcomes.forPayment(new HttpResult.Rejected<>(400, io.vavr.control.Option.none(), "")).kind())
        .isEqualTo(OutcomeKind.NOT_PROCESSED);
    assertThat(HttpOutcomes.forPayment(new HttpResult.Rejected<>(401, io.vavr.control.Option.none(), "")).kind())
        .isEqualTo(OutcomeKind.NOT_PROCESSED);
    assertThat(HttpOutcomes.forPayment(new HttpResult.Rejected<>(409, io.vavr.control.Option.none(), "")).kind())
        .isEqualTo(OutcomeKind.UNKNOWN);
    assertThat(HttpOutcomes.forPayment(new HttpResult.Rejected<>(403, io.vavr.control.Option.none(), "")).kind())
        .isEqualTo(OutcomeKind.UNKNOWN);
    assertThat(HttpOutcomes.forPayment(new HttpResult.NoAnswer<>("reset")).kind())
        .isEqualTo(OutcomeKind.UNKNOWN);
    assertThat(HttpOutcomes.forPayment(new HttpResult.Unreadable<>(200, "empty body")).kind())
        .isEqualTo(OutcomeKind.UNKNOWN);
  }
}
