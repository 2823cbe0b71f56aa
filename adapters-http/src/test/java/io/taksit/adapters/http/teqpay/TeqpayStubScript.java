package io.taksit.adapters.http.teqpay;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.matching.UrlPattern;
import io.taksit.adapters.http.contract.InstallmentStubScript;
import io.taksit.application.port.out.InstallmentGateway.InstallmentRequest;
import io.taksit.domain.money.Currencies;
import io.taksit.domain.money.Money;
import java.math.BigDecimal;

/** Teqpay's wire for the installment contract, from the seed's sample. */
final class TeqpayStubScript implements InstallmentStubScript {

  @Override
  public String basePath() {
    return TeqpaySamples.BASE_PATH;
  }

  @Override
  public RequestMethod method() {
    return RequestMethod.POST;
  }

  @Override
  public UrlPattern url() {
    return urlEqualTo(TeqpaySamples.PATH);
  }

  @Override
  public ResponseDefinitionBuilder answer() {
    return TeqpaySamples.json(TeqpaySamples.seedAnswer());
  }

  @Override
  public ResponseDefinitionBuilder refusal() {
    return TeqpaySamples.json(TeqpaySamples.refusal());
  }

  @Override
  public ResponseDefinitionBuilder answerForPrincipal(BigDecimal principal) {
    return TeqpaySamples.json(TeqpaySamples.seedAnswerForPrice(TurkishDecimal.format(principal)));
  }

  @Override
  public InstallmentRequest request() {
    return TeqpaySamples.request("500.00");
  }

  @Override
  public RequestPatternBuilder withCredentials(RequestPatternBuilder call) {
    return call.withHeader("ApiKey", equalTo(TeqpaySamples.API_KEY))
        .withHeader("SecretKey", equalTo(TeqpaySamples.SECRET_KEY));
  }

  /** EUR: Teqpay quotes in Turkish lira only. */
  @Override
  public InstallmentRequest requestInUnservedCurrency() {
    InstallmentRequest lira = request();
    return new InstallmentRequest(Money.of(lira.amount().amount(), Currencies.EUR).get(), lira.bin());
  }

  /** The provider's envelope on an HTTP error, keys and types as its documentation writes them. */
  @Override
  public String errorBody(String code, String message) {
    return "{\"Result\": false, \"ResultCode\": " + code + ", \"ResultMessage\": \"" + message
        + "\", \"Details\": null}";
  }
}
