package io.taksit.adapters.http.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LogMaskingTest {

  @ParameterizedTest
  @ValueSource(strings = {"Authorization", "apikeypublic", "apiclientpublic", "apikeyprivate",
      "apiclientprivate", "ApiKey", "SecretKey", "authorization"})
  void credential_headers_lose_their_values(String header) {
    String line = "[MomknApi#pay] " + header + ": s3cr3t-value";
    assertThat(LogMasking.mask(line)).doesNotContain("s3cr3t-value").contains(header + ": ****");
  }

  @Test
  void credential_fields_in_json_bodies_lose_their_values() {
    String body = "{\"UserName\":\"teller\",\"Password\":\"p@ss\\\"word\",\"token\":\"eyJabc.def\","
        + "\"client_secret\":\"cs-1\",\"access_token\":\"at-9\",\"expiresIn\":900}";
    String masked = LogMasking.mask(body);
    assertThat(masked).doesNotContain("p@ss", "eyJabc", "cs-1", "at-9")
        .contains("\"UserName\":\"teller\"", "\"expiresIn\":900");
  }

  @Test
  void credential_fields_in_form_bodies_lose_their_values() {
    String masked = LogMasking.mask("grant_type=client_credentials&client_id=abc&client_secret=xyz");
    assertThat(masked).isEqualTo("grant_type=client_credentials&client_id=abc&client_secret=****");
  }

  @Test
  void a_providers_own_secret_names_are_masked_too() {
    LogMasking masking = LogMasking.of(io.vavr.collection.HashSet.of("X-Merchant-Key"));
    assertThat(masking.apply("X-Merchant-Key: mk-7f3a")).isEqualTo("X-Merchant-Key: ****");
    assertThat(masking.apply("{\"x-merchant-key\":\"mk-7f3a\",\"amount\":\"10.00\"}"))
        .doesNotContain("mk-7f3a").contains("10.00");
    assertThat(LogMasking.mask("X-Merchant-Key: mk-7f3a")).as("not installed, not known")
        .contains("mk-7f3a");
  }

  @Test
  void bearer_tokens_anywhere_are_hidden() {
    assertThat(LogMasking.mask("retrying with Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig"))
        .isEqualTo("retrying with Bearer ****");
  }

  @Test
  void card_numbers_keep_only_bin_and_last_four() {
    assertThat(LogMasking.mask("{\"cardNo\":\"4543600012345678\"}"))
        .isEqualTo("{\"cardNo\":\"454360******5678\"}");
    assertThat(LogMasking.mask("pan 5528790000000008123 end"))
        .isEqualTo("pan 552879*********8123 end");
  }

  @Test
  void shorter_numbers_such_as_accounts_and_bins_are_kept() {
    String text = "{\"BillingAccount\":\"01001234567\",\"binnumber\":\"454360\",\"amount\":250.00}";
    assertThat(LogMasking.mask(text)).isEqualTo(text);
  }

  @Test
  void arabic_and_turkish_text_passes_unchanged() {
    String text = "{\"Message\":\"تمت العملية بنجاح\",\"message\":\"İşlem başarılı\"}";
    assertThat(LogMasking.mask(text)).isEqualTo(text);
  }
}
