package io.taksit.adapters.http.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.taksit.domain.payment.ProviderAnswer;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

class ErrorEnvelopeTest {

  private static final ErrorEnvelope MOMKN = ErrorEnvelope.of("Momkn", "Code", "Message");

  private static HttpResult.Rejected<String> rejected(int status, String body) {
    return new HttpResult.Rejected<>(status, Option.none(), body);
  }

  @Test
  void the_providers_code_and_message_are_read_whatever_the_keys_case() {
    for (String body : new String[] {"{\"Code\":-13,\"Message\":\"missing\"}",
        "{\"code\":-13,\"message\":\"missing\"}", "{\"CODE\":\"-13\",\"MESSAGE\":\"missing\"}"}) {
      ProviderAnswer answer = HttpOutcomes.answerOf(rejected(400, body), MOMKN);
      assertThat(answer.code()).containsExactly("-13");
      assertThat(answer.message()).containsExactly("missing");
      assertThat(HttpOutcomes.describe(rejected(400, body), MOMKN))
          .isEqualTo("HTTP 400, Momkn code -13: missing");
    }
  }

  @Test
  void a_body_without_the_envelope_falls_back_to_the_status() {
    for (String body : new String[] {"", "<html>502</html>", "[1,2]", "{\"error\":\"x\"}",
        "{\"Code\":null}", "{\"Code\":\"  \"}", "{\"Code\": -1"}) {
      ProviderAnswer answer = HttpOutcomes.answerOf(rejected(502, body), MOMKN);
      assertThat(answer.code()).containsExactly("HTTP 502");
      assertThat(HttpOutcomes.describe(rejected(502, body), MOMKN))
          .isEqualTo(rejected(502, body).describe());
    }
  }

  @Test
  void without_an_envelope_the_mapping_is_what_it_was() {
    HttpResult.Rejected<String> failed = rejected(400, "{\"Code\":-13,\"Message\":\"m\"}");
    assertThat(HttpOutcomes.answerOf(failed).code()).containsExactly("HTTP 400");
    assertThat(HttpOutcomes.answerOf(failed, ErrorEnvelope.NONE)).isEqualTo(HttpOutcomes.answerOf(failed));
  }

  @Test
  void a_card_number_or_a_credential_in_the_body_never_reaches_the_fields() {
    var fields = ErrorFields.of(
        "{\"Code\":1,\"Message\":\"card 4543600012345678 refused\",\"token\":\"abc.def\"}");
    assertThat(fields.get("message")).containsExactly("card 454360******5678 refused");
    assertThat(fields.get("token")).containsExactly("****");
  }

  @Test
  void the_first_of_two_keys_differing_in_case_wins_and_a_later_message_key_is_a_fallback() {
    ErrorEnvelope paywall = ErrorEnvelope.of("Paywall", "ErrorCode", "Message", "ErrorMessage");
    ProviderAnswer answer = HttpOutcomes.answerOf(rejected(400,
        "{\"ErrorCode\":2,\"errorcode\":3,\"Message\":\"\",\"ErrorMessage\":\"unexpected\"}"), paywall);
    assertThat(answer.code()).containsExactly("2");
    assertThat(answer.message()).containsExactly("unexpected");
  }
}
