package io.taksit.adapters.http.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BearerTokenTest {

  private final AtomicInteger issued = new AtomicInteger();
  private Instant now = Instant.parse("2026-11-21T10:00:00Z");
  private final Clock clock = new Clock() {
    @Override public ZoneId getZone() { return ZoneOffset.UTC; }
    @Override public Clock withZone(ZoneId zone) { return this; }
    @Override public Instant instant() { return now; }
  };

  private final BearerToken token = new BearerToken(() -> new HttpResult.Answered<>(
      new BearerToken.Issued(Secret.of("t-" + issued.incrementAndGet()),
          Option.some(Duration.ofMinutes(10)))), Duration.ofMinutes(5), clock);

  @Test
  void one_token_serves_calls_until_shortly_before_it_expires() {
    token.call(t -> new HttpResult.Answered<>(t.reveal()));
    now = now.plus(Duration.ofMinutes(9));
    assertThat(token.call(t -> new HttpResult.Answered<>(t.reveal())))
        .isEqualTo(new HttpResult.Answered<>("t-1"));
    now = now.plus(Duration.ofSeconds(31));
    assertThat(token.call(t -> new HttpResult.Answered<>(t.reveal())))
        .isEqualTo(new HttpResult.Answered<>("t-2"));
  }

  @Test
  void a_401_renews_the_token_and_calls_once_more() {
    AtomicInteger calls = new AtomicInteger();
    HttpResult<String> result = token.call(t -> {
      calls.incrementAndGet();
      return t.reveal().equals("t-1")
          ? new HttpResult.Rejected<>(401, Option.none(), "")
          : new HttpResult.Answered<>(t.reveal());
    });
    assertThat(result).isEqualTo(new HttpResult.Answered<>("t-2"));
    assertThat(calls).hasValue(2);
  }

  @Test
  void a_second_401_is_the_answer() {
    AtomicInteger calls = new AtomicInteger();
    HttpResult<String> result = token.call(t -> {
      calls.incrementAndGet();
      return new HttpResult.Rejected<>(401, Option.none(), "");
    });
    assertThat(result).isInstanceOf(HttpResult.Rejected.class);
    assertThat(calls).hasValue(2);
  }

  @Test
  void no_token_means_the_call_is_not_made() {
    BearerToken refused = new BearerToken(
        () -> new HttpResult.Rejected<>(401, Option.none(), "bad credentials"),
        Duration.ofMinutes(5), clock);
    AtomicInteger calls = new AtomicInteger();
    HttpResult<String> result = refused.call(t -> {
      calls.incrementAndGet();
      return new HttpResult.Answered<>("never");
    });
    assertThat(result).isInstanceOf(HttpResult.NotSent.class);
    assertThat(result.describe()).contains("authentication failed");
    assertThat(calls).hasValue(0);
  }
}
