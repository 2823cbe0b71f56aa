package io.taksit.adapters.http.sipay;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.UrlPattern;
import io.taksit.adapters.http.contract.BillingStubScript;
import io.taksit.adapters.http.support.CallKind;
import io.taksit.application.port.out.BillingGateway;
import io.taksit.domain.payment.PaymentId;
import io.vavr.control.Option;
import java.math.BigDecimal;

/**
 * Sipay's wire for {@link io.taksit.adapters.http.contract.BillingGatewayContract}. There is no
 * status call: STATUS is the inquiry, and {@link #statusApproved()} an inquiry answer in which the
 * paid invoice no longer appears (only next month's does). There is no fee call either; FEES
 * points at a path the adapter never calls.
 */
final class SipayStubScript implements BillingStubScript {

  @Override
  public String basePath() {
    return SipaySamples.BASE_PATH;
  }

  @Override
  public void stubAuthentication(WireMockExtension server) {
    server.stubFor(post(urlPathEqualTo(SipaySamples.TOKEN_PATH))
        .willReturn(json(SipaySamples.TOKEN_ANSWER)));
  }

  @Override
  public Option<UrlPattern> authenticationUrl() {
    return Option.some(urlPathEqualTo(SipaySamples.TOKEN_PATH));
  }

  @Override
  public RequestMethod method(CallKind kind) {
    return RequestMethod.POST;
  }

  @Override
  public UrlPattern url(CallKind kind) {
    return switch (kind) {
      case AUTHENTICATION -> urlPathEqualTo(SipaySamples.TOKEN_PATH);
      case INQUIRY, STATUS -> urlPathEqualTo(SipaySamples.INQUIRY_PATH);
      case PAYMENT -> urlPathEqualTo(SipaySamples.PAYMENT_PATH);
      case FEES, INSTALLMENTS -> urlPathEqualTo(SipaySamples.BASE_PATH + "/no-such-call");
    };
  }

  @Override
  public ResponseDefinitionBuilder answer(CallKind kind) {
    return switch (kind) {
      case AUTHENTICATION -> json(SipaySamples.TOKEN_ANSWER);
      case INQUIRY -> json(SipaySamples.INQUIRY_ANSWER);
      case STATUS -> json(SipaySamples.INQUIRY_AFTER_PAYMENT);
      case PAYMENT -> json(SipaySamples.PAYMENT_ANSWER);
      case FEES, INSTALLMENTS -> aResponse().withStatus(404);
    };
  }

  @Override
  public ResponseDefinitionBuilder declinedPayment() {
    return json(SipaySamples.paymentRefusal("311", SipaySamples.INSUFFICIENT_BALANCE));
  }

  @Override
  public ResponseDefinitionBuilder approvedPaymentOf(BigDecimal amount) {
    return json(SipaySamples.paymentAnswerOf(amount.toPlainString()));
  }

  @Override
  public BillingGateway.InquiryRequest inquiryRequest() {
    return SipaySamples.inquiryRequest();
  }

  @Override
  public BillingGateway.FeeRequest feeRequest() {
    return SipaySamples.feeRequest();
  }

  @Override
  public BillingGateway.PayRequest payRequest(PaymentId id) {
    return SipaySamples.payRequest(id);
  }

  @Override
  public BillingGateway.StatusRequest statusRequest(PaymentId id) {
    return SipaySamples.statusRequest(id);
  }

  static ResponseDefinitionBuilder json(String body) {
    return aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json; charset=utf-8")
        .withBody(body);
  }
}
