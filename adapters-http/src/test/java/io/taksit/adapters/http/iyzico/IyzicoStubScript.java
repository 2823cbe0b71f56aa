package io.taksit.adapters.http.iyzico;

import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.matching.UrlPattern;
import io.taksit.adapters.http.contract.InstallmentStubScript;
import io.taksit.application.port.out.InstallmentGateway.InstallmentRequest;
import io.taksit.domain.money.Money;
import java.math.BigDecimal;

/** iyzico's wire for the installment contract, from its documentation's sample. */
final class IyzicoStubScript implements InstallmentStubScript {

  static final String BASE_PATH = "/iyzico";

  @Override
  public String basePath() {
    return BASE_PATH;
  }

  @Override
  public RequestMethod method() {
    return RequestMethod.POST;
  }

  @Override
  public UrlPattern url() {
    return urlPathEqualTo(BASE_PATH + IyzicoSamples.PATH);
  }

  @Override
  public ResponseDefinitionBuilder answer() {
    return IyzicoSamples.json(IyzicoSamples.SUCCESS);
  }

  @Override
  public ResponseDefinitionBuilder refusal() {
    return IyzicoSamples.json(IyzicoSamples.FAILURE);
  }

  @Override
  public ResponseDefinitionBuilder answerForPrincipal(BigDecimal principal) {
    return IyzicoSamples.json(IyzicoSamples.success(principal.toPlainString()));
  }

  @Override
  public InstallmentRequest request() {
    return IyzicoSamples.request("100.00");
  }

  @Override
  public RequestPatternBuilder withCredentials(RequestPatternBuilder call) {
    return call.andMatching(IyzicoSamples.signedWithTheConfiguredKeys(BASE_PATH));
  }

  /** USD: iyzico's installment inquiry quotes Turkish lira only. */
  @Override
  public InstallmentRequest requestInUnservedCurrency() {
    return new InstallmentRequest(Money.parse("100.00", "USD").get(), request().bin());
  }

  /** The provider's envelope on an HTTP error, keys and types as its documentation writes them. */
  @Override
  public String errorBody(String code, String message) {
    return "{\"status\": \"failure\", \"errorCode\": \"" + code + "\", \"errorMessage\": \""
        + message + "\", \"errorGroup\": null, \"locale\": \"tr\", \"conversationId\": \"c1\"}";
  }
}
