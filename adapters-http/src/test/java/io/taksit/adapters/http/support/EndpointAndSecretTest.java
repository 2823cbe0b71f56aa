package io.taksit.adapters.http.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EndpointAndSecretTest {

  @ParameterizedTest
  @ValueSource(strings = {"https://test.momkn.org/gateway/api/v2", "http://127.0.0.1:8080/momkn",
      "http://localhost:9/x", "http://[::1]:8080/", "https://10.0.0.1/api"})
  void usable_base_urls(String url) {
    assertThat(Endpoint.problemsOf(url)).isEmpty();
    assertThat(Endpoint.of(url).base()).doesNotEndWith("/");
  }

  @Test
  void plain_http_is_refused_beyond_loopback() {
    assertThat(Endpoint.problemsOf("http://test.momkn.org/gateway"))
        .extracting(ConfigProblem::rule)
        .containsExactly("must use https (plain http only for loopback hosts)");
    assertThat(Endpoint.problemsOf("http://10.1.2.3/api")).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "ftp://host/x", "not a url", "/relative/path", "https://h/x?key=1"})
  void broken_base_urls_are_named(String url) {
    assertThat(Endpoint.problemsOf(url)).singleElement()
        .satisfies(p -> assertThat(p.key()).isEqualTo("baseUrl"));
  }

  @Test
  void secrets_never_show_their_value() {
    Secret secret = Secret.of("hunter2");
    assertThat(secret.toString()).doesNotContain("hunter2");
    assertThat(String.valueOf(java.util.List.of(secret))).doesNotContain("hunter2");
    assertThat(secret.reveal()).isEqualTo("hunter2");
    assertThat(secret).isEqualTo(Secret.of("hunter2")).isNotEqualTo(Secret.of("hunter3"));
    assertThatThrownBy(() -> Secret.of(" ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void http_settings_report_every_problem_with_its_key() {
    assertThatThrownBy(() -> HttpSettings.DEFAULTS.withTimeouts(Duration.ZERO, Duration.ofSeconds(-1)))
        .isInstanceOf(ConfigProblemsException.class)
        .hasMessageContaining("connectTimeout: must be a positive duration")
        .hasMessageContaining("readTimeout: must be a positive duration");
    assertThat(HttpSettings.DEFAULTS.readTimeout(CallKind.PAYMENT)).isEqualTo(Duration.ofSeconds(10));
    assertThat(HttpSettings.DEFAULTS.withReadTimeout(CallKind.PAYMENT, Duration.ofSeconds(30))
        .readTimeout(CallKind.PAYMENT)).isEqualTo(Duration.ofSeconds(30));
    assertThat(HttpSettings.DEFAULTS.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
  }
}
