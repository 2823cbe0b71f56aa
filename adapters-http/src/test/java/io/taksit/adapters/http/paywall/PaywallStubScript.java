package io.taksit.adapters.http.paywall;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.matching.UrlPattern;
import io.taksit.adapters.http.contract.InstallmentStubScript;
import io.taksit.application.port.out.InstallmentGateway.InstallmentRequest;
import io.taksit.domain.card.CardBin;
import io.taksit.domain.money.Currencies;
import io.taksit.domain.money.Money;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.util.Currency;

/** Paywall's wire for the contract: seed 002's answer to a 30.00 TRY inquiry. */
final class PaywallStubScript implements InstallmentStubScript {

  static final String BASE_PATH = "/api/paywall";
  static final String BIN = "435508";

  @Override
  public String basePath() {
    return BASE_PATH;
  }

  @Override
  public RequestMethod method() {
    return RequestMethod.GET;
  }

  @Override
  public UrlPattern url() {
    return urlPathEqualTo(BASE_PATH + "/installment");
  }

  @Override
  public ResponseDefinitionBuilder answer() {
    return json(PaywallSamples.CURRENT);
  }

  @Override
  public ResponseDefinitionBuilder refusal() {
    return json(PaywallSamples.refusal(1, PaywallSamples.REFUSAL_MESSAGE));
  }

  @Override
  public ResponseDefinitionBuilder answerForPrincipal(BigDecimal principal) {
    return json(PaywallSamples.currentFor(principal));
  }

  @Override
  public InstallmentRequest request() {
    return new InstallmentRequest(lira(PaywallSamples.CURRENT_AMOUNT),
        Option.some(CardBin.of(BIN).get()));
  }

  /** The keys the contract's gateways are configured with. */
  static final String CONTRACT_KEY = "contract-key";
  static final String CONTRACT_CLIENT = "contract-client";

  @Override
  public RequestPatternBuilder withCredentials(RequestPatternBuilder call) {
    return call.withHeader("apikeypublic", equalTo(CONTRACT_KEY))
        .withHeader("apiclientpublic", equalTo(CONTRACT_CLIENT));
  }

  /** JPY: not in Paywall's currency table. */
  @Override
  public InstallmentRequest requestInUnservedCurrency() {
    return new InstallmentRequest(Money.of(new BigDecimal("3000"), Currency.getInstance("JPY")).get(),
        Option.some(CardBin.of(BIN).get()));
  }

  static Money lira(String amount) {
    return Money.of(new BigDecimal(amount), Currencies.TRY).get();
  }

  static ResponseDefinitionBuilder json(String body) {
    return aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json; charset=utf-8")
        .withBody(body);
  }

  /** The provider's envelope on an HTTP error, keys and types as its documentation writes them. */
  @Override
  public String errorBody(String code, String message) {
    return "{\"ErrorCode\": " + code + ", \"Result\": false, \"Message\": \"" + message
        + "\", \"ErrorCodeType\": 1, \"ErrorMessage\": null, \"Body\": null}";
  }
}
