package io.taksit.adapters.http.sipay;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.matching.UrlPattern;
import io.taksit.adapters.http.contract.BillingStubScript;
import io.taksit.adapters.http.support.CallKind;
import io.taksit.application.port.out.BillingGateway;
import io.taksit.domain.amount.AmountRule;
import io.taksit.domain.bill.Biller;
import io.taksit.domain.money.Currencies;
import io.taksit.domain.money.Money;
import io.vavr.collection.HashMap;
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
  public RequestPatternBuilder withCredentials(CallKind kind, RequestPatternBuilder call) {
    return call.withHeader("Authorization", equalTo("Bearer " + SipaySamples.ACCESS_TOKEN))
        .withHeader("x-client-id", equalTo(SipaySamples.CLIENT_ID));
  }

  /** A biller in euros: Sipay Wallet pays TRY invoices only. */
  @Override
  public BillingGateway.InquiryRequest inquiryRequestInUnservedCurrency() {
    Biller lira = SipaySamples.biller();
    Money min = Money.parse("0.01", "EUR").get();
    Money max = Money.parse("1000000.00", "EUR").get();
    Biller euro = new Biller(lira.id(), lira.name(), lira.provider(), lira.providerServiceCode(),
        Currencies.EUR, AmountRule.unstepped(min, max).get(), lira.policy(), true, true);
    return new BillingGateway.InquiryRequest(euro, SipaySamples.account(), HashMap.empty());
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

  /** The provider's envelope on an HTTP error, keys and types as its documentation writes them. */
  @Override
  public String errorBody(String code, String message) {
    return "{\"status\": 1, \"code\": \"" + code + "\", \"message\": \"" + message + "\"}";
  }
}
