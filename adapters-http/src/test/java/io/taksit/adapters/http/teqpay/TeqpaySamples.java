package io.taksit.adapters.http.teqpay;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.taksit.adapters.http.support.HttpCalls;
import io.taksit.adapters.http.support.HttpSettings;
import io.taksit.adapters.http.support.Secret;
import io.taksit.application.port.out.InstallmentGateway.InstallmentRequest;
import io.taksit.domain.card.CardBin;
import io.taksit.domain.money.Currencies;
import io.taksit.domain.money.Money;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * Teqpay's documented sample (seed 003) and variations of it. The seed's answer is a resource:
 * its text verbatim, with "..." replaced by two filled-in rows (3 and 6 installments, ours) and
 * its trailing commas kept.
 */
final class TeqpaySamples {

  static final String BASE_PATH = "/teqpay";
  static final String PATH = BASE_PATH + "/installmentinfo";
  static final String API_KEY = "3f0126be-5a1d-4c2e-9b7f-06025352594a";
  static final String SECRET_KEY = "teqpay-secret-9f1c2d7e-never-logged";
  static final String BIN = "526911";
  static final String SUCCESS_MESSAGE = "Başarıyla tamamlandı.";
  /** Illustrative: Teqpay documents no error codes besides 10000. */
  static final String REFUSAL_CODE = "10012";
  static final String REFUSAL_MESSAGE = "Kart numarası geçersiz. Lütfen kontrol ediniz.";

  private static final String SEED_RESOURCE = "installmentinfo-answer.json";

  private TeqpaySamples() {}

  /** The seed's answer: 500,00 TL in 1, 3, 6 and 12 installments, trailing commas included. */
  static String seedAnswer() {
    try (InputStream in = TeqpaySamples.class.getResourceAsStream(SEED_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + SEED_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The seed's answer with every row's {@code Price} replaced (an answer for another amount). */
  static String seedAnswerForPrice(String turkishPrice) {
    return seedAnswer().replace("\"Price\": \"500,00\"", "\"Price\": \"" + turkishPrice + "\"");
  }

  static String refusal() {
    return """
        {
            "Details": [],
            "Result": false,
            "ResultCode": %s,
            "ResultMessage": "%s",
        }""".formatted(REFUSAL_CODE, REFUSAL_MESSAGE);
  }

  /** An answer of one row, with the envelope of a success. */
  static String oneRow(String row) {
    return """
        {"Details": [%s], "Result": true, "ResultCode": 10000, "ResultMessage": "%s"}"""
        .formatted(row, SUCCESS_MESSAGE);
  }

  static ResponseDefinitionBuilder json(String body) {
    return aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json; charset=utf-8")
        .withBody(body.getBytes(StandardCharsets.UTF_8));
  }

  static Money lira(String amount) {
    return Money.of(new BigDecimal(amount), Currencies.TRY).get();
  }

  static InstallmentRequest request(String amount) {
    return new InstallmentRequest(lira(amount), Option.some(CardBin.of(BIN).get()));
  }

  static TeqpayConfig config(String baseUrl, HttpSettings settings) {
    return TeqpayConfig.of(baseUrl, Secret.of(API_KEY), Secret.of(SECRET_KEY)).withHttp(settings);
  }

  static TeqpayGateway gateway(TeqpayConfig config) {
    return new TeqpayGateway(config, HttpCalls.of(config.http()), Clock.systemUTC());
  }
}
