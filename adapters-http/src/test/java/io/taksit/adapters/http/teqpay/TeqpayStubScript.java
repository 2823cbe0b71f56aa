package io.taksit.adapters.http.teqpay;

import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.matching.UrlPattern;
import io.taksit.adapters.http.contract.InstallmentStubScript;
import io.taksit.application.port.out.InstallmentGateway.InstallmentRequest;
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
}
