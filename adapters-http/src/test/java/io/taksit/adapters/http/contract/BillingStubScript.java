package io.taksit.adapters.http.contract;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.matching.UrlPattern;
import io.taksit.adapters.http.support.CallKind;
import io.taksit.application.port.out.BillingGateway;
import io.taksit.domain.payment.PaymentId;
import io.vavr.control.Option;
import java.math.BigDecimal;

/**
 * What a billing adapter tells {@link BillingGatewayContract} about its provider's wire: where
 * each call goes, what a good answer looks like, and the requests to send. A new adapter writes
 * one of these from the provider's documentation and gets the whole fault matrix for free.
 */
public interface BillingStubScript {

  /** The path the gateway's base URL ends with, e.g. {@code /gateway/api/v2}; may be empty. */
  String basePath();

  /** Stubs whatever precedes every call (a token endpoint); nothing for key-header providers. */
  default void stubAuthentication(WireMockExtension server) {}

  /** The token endpoint, when the provider uses bearer tokens. */
  default Option<UrlPattern> authenticationUrl() {
    return Option.none();
  }

  RequestMethod method(CallKind kind);

  /** The full path (with {@link #basePath()}) of each call; STATUS may be the inquiry path. */
  UrlPattern url(CallKind kind);

  /** The provider's success answer to each call, as in its documentation. */
  ResponseDefinitionBuilder answer(CallKind kind);

  /** A 200 answer refusing the payment (insufficient balance...). */
  ResponseDefinitionBuilder declinedPayment();

  /** A 200 success answer to the payment that names {@code amount} instead of the one asked. */
  ResponseDefinitionBuilder approvedPaymentOf(BigDecimal amount);

  /** A status answer saying the payment went through (the answer a 409 is resolved with). */
  default ResponseDefinitionBuilder statusApproved() {
    return answer(CallKind.STATUS);
  }

  BillingGateway.InquiryRequest inquiryRequest();

  BillingGateway.FeeRequest feeRequest();

  BillingGateway.PayRequest payRequest(PaymentId id);

  BillingGateway.StatusRequest statusRequest(PaymentId id);

  /**
   * {@code call} (a call of {@code kind}) narrowed to requests carrying the credentials the gateway
   * was configured with, each with its configured value (a bearer token from
   * {@link #stubAuthentication}, a key header): the kit checks every call sends them, so an
   * adapter that sends none, or empty ones, fails it.
   */
  RequestPatternBuilder withCredentials(CallKind kind, RequestPatternBuilder call);

  /** {@link #inquiryRequest()} for a biller in a currency the provider does not settle in. */
  BillingGateway.InquiryRequest inquiryRequestInUnservedCurrency();

  /**
   * The body of an HTTP error answer (4xx, 5xx) in the provider's own envelope, carrying
   * {@code code} and {@code message} with the types and key case of its documentation.
   */
  String errorBody(String code, String message);
}
