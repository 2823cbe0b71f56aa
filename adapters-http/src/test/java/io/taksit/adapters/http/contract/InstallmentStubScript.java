package io.taksit.adapters.http.contract;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.matching.UrlPattern;
import io.taksit.application.port.out.InstallmentGateway;
import java.math.BigDecimal;

/** What an installment adapter tells {@link InstallmentGatewayContract} about its wire. */
public interface InstallmentStubScript {

  /** The path the gateway's base URL ends with; may be empty. */
  String basePath();

  RequestMethod method();

  /** The full path (with {@link #basePath()}) of the installment call. */
  UrlPattern url();

  /** The provider's success answer for {@link #request()}, with at least one option. */
  ResponseDefinitionBuilder answer();

  /** A 200 answer refusing the inquiry (unknown BIN, unsupported amount...). */
  ResponseDefinitionBuilder refusal();

  /** A success answer whose options are for {@code principal} instead of the asked amount. */
  ResponseDefinitionBuilder answerForPrincipal(BigDecimal principal);

  InstallmentGateway.InstallmentRequest request();

  /**
   * {@code call} narrowed to requests that carry the credentials the gateway under test was
   * configured with, each with its configured value (for example
   * {@code call.withHeader("ApiKey", equalTo(KEY))}): the kit checks that every call sends them,
   * so an adapter that sends none, or empty ones, fails it.
   */
  RequestPatternBuilder withCredentials(RequestPatternBuilder call);

  /** {@link #request()} in a currency the provider does not quote in: refused, nothing sent. */
  InstallmentGateway.InstallmentRequest requestInUnservedCurrency();

  /**
   * The body of an HTTP error answer (4xx, 5xx) in the provider's own envelope, carrying
   * {@code code} and {@code message} with the types and key case of its documentation.
   */
  String errorBody(String code, String message);
}
