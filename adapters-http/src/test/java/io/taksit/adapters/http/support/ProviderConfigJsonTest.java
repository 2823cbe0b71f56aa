package io.taksit.adapters.http.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The shared value types of provider configurations, bound by Jackson. */
class ProviderConfigJsonTest {

  record Section(Duration timeout, Secret key, ZoneId zone, HttpSettings http) {}

  private static Section bind(String json) throws Exception {
    return ProviderConfigJson.binder().readValue(json, Section.class);
  }

  @Test
  void durationsSecretsZonesAndHttpSettingsBind() throws Exception {
    Section section = bind("""
        {"timeout": "1m", "key": "k-1", "zone": "Europe/Istanbul",
         "http": {"readTimeout": "PT3S", "readTimeouts": {"payment": "30s"},
                  "readRetries": {"maxTries": "5"}}}""");
    assertThat(section.timeout()).isEqualTo(Duration.ofMinutes(1));
    assertThat(section.key()).isEqualTo(Secret.of("k-1"));
    assertThat(section.zone()).isEqualTo(ZoneId.of("Europe/Istanbul"));
    assertThat(section.http().readTimeout(CallKind.INQUIRY)).isEqualTo(Duration.ofSeconds(3));
    assertThat(section.http().readTimeout(CallKind.PAYMENT)).isEqualTo(Duration.ofSeconds(30));
    assertThat(section.http().connectTimeout()).isEqualTo(HttpSettings.DEFAULT_CONNECT_TIMEOUT);
    assertThat(section.http().readRetries().maxTries()).isEqualTo(5);
    assertThat(section.http().readRetries().backoff()).isEqualTo(RetryPolicy.DEFAULT.backoff());
  }

  @Test
  void aValueOfTheWrongShapeNamesTheRuleNeverTheValue() {
    ConfigValueException duration = catchThrowableOfType(ConfigValueException.class,
        () -> bind("{\"timeout\": \"soon-ish\"}"));
    assertThat(duration.rule()).isEqualTo(Durations.RULE);
    assertThat(duration.getPath().get(0).getFieldName()).isEqualTo("timeout");

    ConfigValueException blank = catchThrowableOfType(ConfigValueException.class,
        () -> bind("{\"key\": \"  \"}"));
    assertThat(blank.rule()).isEqualTo("must not be blank");

    ConfigValueException listed = catchThrowableOfType(ConfigValueException.class,
        () -> bind("{\"key\": [\"hunter2\"]}"));
    assertThat(listed.rule()).isEqualTo(ProviderConfigJson.SINGLE_VALUE);
    assertThat(listed.getMessage()).doesNotContain("hunter2");

    ConfigValueException zone = catchThrowableOfType(ConfigValueException.class,
        () -> bind("{\"zone\": \"Mars/Olympus\"}"));
    assertThat(zone.rule()).startsWith("must be a time zone");
  }

  @Test
  void aPartThatCannotBeBuiltReportsEachProblemRelativeToItself() {
    ValueInstantiationException made = catchThrowableOfType(ValueInstantiationException.class,
        () -> bind("{\"http\": {\"connectTimeout\": \"0s\", \"readRetries\": {}}}"));
    assertThat(made.getPath()).extracting(JsonMappingException.Reference::getFieldName)
        .containsExactly("http");
    assertThat(((ConfigProblemsException) made.getCause()).problems().map(ConfigProblem::toString))
        .containsExactly("connectTimeout: must be a positive duration");
  }
}
