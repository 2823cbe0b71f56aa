package io.taksit.adapters.http.iyzico;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.matching.MatchResult;
import com.github.tomakehurst.wiremock.matching.ValueMatcher;
import io.taksit.adapters.http.support.HttpCalls;
import io.taksit.adapters.http.support.HttpSettings;
import io.taksit.adapters.http.support.Secret;
import io.taksit.application.port.out.InstallmentGateway.InstallmentRequest;
import io.taksit.domain.card.CardBin;
import io.taksit.domain.money.Money;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;

/** iyzico's wire as its documentation shows it, for the adapter's tests. */
final class IyzicoSamples {

  static final String API_KEY = "sandbox-iyzico-api-key-5f2a";
  static final String SECRET_KEY = "sandbox-iyzico-secret-key-never-logged-91c7";
  static final String BIN = "554960";
  static final String PATH = IyzicoApi.INSTALLMENT_PATH;

  /** Echoes the request's conversationId, as iyzico does. */
  static final String ECHO = "{{jsonPath request.body '$.conversationId'}}";

  private IyzicoSamples() {}

  /** The documentation's sample answer, for a principal of {@code price}. */
  static String success(String price) {
    return """
        {"status":"success","locale":"tr","systemTime":1700000000000,"conversationId":"%s",
         "installmentDetails":[{"binNumber":"554960","price":%s,"cardType":"CREDIT_CARD",
          "cardAssociation":"MASTER_CARD","cardFamilyName":"Bonus","force3ds":0,"bankCode":62,
          "bankName":"Garanti Bankası","forceCvc":0,"commercial":0,"installmentPrices":[
           {"installmentPrice":%s,"totalPrice":%s,"installmentNumber":1},
           {"installmentPrice":34.33,"totalPrice":103.0,"installmentNumber":3}]}]}"""
        .formatted(ECHO, price, price, price);
  }

  static final String SUCCESS = success("100.0");

  static final String FAILURE = """
      {"status":"failure","errorCode":"5","errorMessage":"Geçersiz istek","errorGroup":null,
       "locale":"tr","systemTime":1700000000000,"conversationId":"%s"}""".formatted(ECHO);

  static ResponseDefinitionBuilder json(String body) {
    return aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json; charset=utf-8")
        .withBody(body)
        .withTransformers("response-template");
  }

  static InstallmentRequest request(String amount) {
    return new InstallmentRequest(Money.parse(amount, "TRY").get(),
        Option.some(CardBin.of(BIN).get()));
  }

  static IyzicoConfig config(String baseUrl, HttpSettings settings) {
    return IyzicoConfig.of(baseUrl, Secret.of(API_KEY), Secret.of(SECRET_KEY)).withHttp(settings);
  }

  static IyzicoGateway gateway(IyzicoConfig config) {
    return new IyzicoGateway(config, HttpCalls.of(config.http()), Clock.systemUTC());
  }

  /**
   * Matches a request whose {@code IYZWSv2} authorization names {@link #API_KEY} and whose
   * signature is the HMAC of its own random key, path and body under {@link #SECRET_KEY}.
   */
  static ValueMatcher<Request> signedWithTheConfiguredKeys(String basePath) {
    return request -> {
      String randomKey = request.getHeader(IyzicoSignature.RANDOM_HEADER);
      String authorization = request.getHeader("Authorization");
      if (randomKey == null || authorization == null
          || !authorization.startsWith(IyzicoSignature.SCHEME)) {
        return MatchResult.noMatch();
      }
      String content = new String(Base64.getDecoder().decode(
          authorization.substring(IyzicoSignature.SCHEME.length())), StandardCharsets.UTF_8);
      String path = request.getUrl().substring(basePath.length()).split("\\?", 2)[0];
      String expected = "apiKey:" + API_KEY + "&randomKey:" + randomKey + "&signature:"
          + IyzicoSignature.signature(Secret.of(SECRET_KEY), randomKey, path, request.getBody());
      return MatchResult.of(expected.equals(content));
    };
  }
}
