package io.taksit.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.taksit.adapters.http.iyzico.IyzicoConfig;
import io.taksit.adapters.http.support.CallKind;
import io.taksit.adapters.http.support.ConfigProblem;
import io.taksit.adapters.http.support.Secret;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** iyzico, installed through the SPI, is configured from {@code providers.iyzico} like any other. */
class IyzicoConfigurationTest {

  private static final String KEY = "iyzico-api-key-1c4e";
  private static final String SECRET = "iyzico-secret-key-8d2b";
  private static final Map<String, String> ENV =
      Map.of("IYZICO_API_KEY", KEY, "IYZICO_SECRET_KEY", SECRET);

  @Test
  void aSectionBindsToIyzicosOwnConfiguration() {
    TaksitConfig config = TaksitConfig.parse("""
        providers:
          iyzico:
            baseUrl: https://sandbox-api.iyzipay.com
            apiKey: ${IYZICO_API_KEY}
            secretKey: ${IYZICO_SECRET_KEY}
            locale: EN
            http:
              readTimeouts:
                installments: 4s
        """, ConfigFormat.YAML, Path.of("/srv"), ENV);

    IyzicoConfig iyzico = config.provider("iyzico", IyzicoConfig.class).get();
    assertThat(iyzico.baseUrl()).isEqualTo(IyzicoConfig.SANDBOX_BASE_URL);
    assertThat(iyzico.apiKey()).isEqualTo(Secret.of(KEY));
    assertThat(iyzico.secretKey()).isEqualTo(Secret.of(SECRET));
    assertThat(iyzico.locale()).isEqualTo("en");
    assertThat(iyzico.http().readTimeout(CallKind.INSTALLMENTS)).isEqualTo(Duration.ofSeconds(4));
    assertThat(config.toString() + iyzico).doesNotContain(KEY, SECRET);
  }

  @Test
  void everyProblemOfTheSectionIsReportedWithItsKeyAndNoSecret() {
    InvalidConfigurationException invalid = catchThrowableOfType(
        InvalidConfigurationException.class, () -> TaksitConfig.parse("""
            providers:
              iyzico:
                baseUrl: http://api.iyzipay.com
                apiKey: ${IYZICO_API_KEY}
                locale: de
                signature: %s
            """.formatted(SECRET), ConfigFormat.YAML, Path.of("/srv"), ENV));

    assertThat(invalid.problems().map(ConfigProblem::toString)).containsExactly(
        "providers.iyzico.baseUrl: must use https (plain http only for loopback hosts)",
        "providers.iyzico.locale: must be tr or en",
        "providers.iyzico.secretKey: is required",
        "providers.iyzico.signature: is not a known key (known here: apiKey, baseUrl, http,"
            + " locale, secretKey)");
    assertThat(invalid.getMessage()).doesNotContain(KEY, SECRET);
  }
}
