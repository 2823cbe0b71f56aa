package io.taksit.adapters.http.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

  private final Clock clock = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC);

  @Test
  void delta_seconds() {
    assertThat(RetryAfter.parse("120", clock)).contains(Duration.ofSeconds(120));
    assertThat(RetryAfter.parse(" 0 ", clock)).contains(Duration.ZERO);
  }

  @Test
  void http_date_is_the_time_left_until_then() {
    assertThat(RetryAfter.parse("Sat, 21 Nov 2026 10:00:30 GMT", clock))
        .contains(Duration.ofSeconds(30));
  }

  @Test
  void http_date_in_the_past_is_no_wait() {
    assertThat(RetryAfter.parse("Sat, 21 Nov 2026 09:00:00 GMT", clock)).contains(Duration.ZERO);
  }

  @Test
  void garbage_negative_and_blank_are_absent() {
    assertThat(RetryAfter.parse("soon", clock)).isEmpty();
    assertThat(RetryAfter.parse("-5", clock)).isEmpty();
    assertThat(RetryAfter.parse("", clock)).isEmpty();
    assertThat(RetryAfter.parse(null, clock)).isEmpty();
  }

  @Test
  void header_name_is_matched_without_case() {
    assertThat(RetryAfter.fromHeaders(Map.of("RETRY-AFTER", List.of("3")), clock))
        .contains(Duration.ofSeconds(3));
    assertThat(RetryAfter.fromHeaders(Map.of("content-type", List.of("text/plain")), clock)).isEmpty();
  }
}
