package io.taksit.adapters.http.iyzico;

import feign.Request;
import io.taksit.adapters.http.support.CallKind;
import io.taksit.adapters.http.support.ConfigChecks;
import io.taksit.adapters.http.support.Endpoint;
import io.taksit.adapters.http.support.FeignClients;
import io.taksit.adapters.http.support.HttpCalls;
import io.taksit.adapters.http.support.ErrorEnvelope;
import io.taksit.adapters.http.support.HttpOutcomes;
import io.taksit.adapters.http.support.HttpResult;
import io.taksit.adapters.http.support.NotSent;
import io.taksit.adapters.http.support.ProviderJson;
import io.taksit.application.port.out.InstallmentGateway;
import io.taksit.application.port.out.ReadOutcome;
import io.taksit.domain.money.Currencies;
import io.taksit.domain.money.Money;
import io.taksit.domain.provider.ProviderId;
import io.vavr.collection.HashSet;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.time.Clock;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * iyzico's installment inquiry ({@code POST /payment/iyzipos/installment}) as an
 * {@link InstallmentGateway}.
 *
 * <p><b>Documented</b> by iyzico (its API reference and public clients): the path; the body
 * {@code locale}, {@code conversationId}, {@code binNumber}, {@code price}; the {@code IYZWSv2}
 * authorization ({@link IyzicoSignature}); the envelope {@code status}, {@code errorCode},
 * {@code errorMessage}, {@code errorGroup}, {@code conversationId}, and
 * {@code installmentDetails[]} with {@code installmentPrices[]} (see {@link IyzicoPlans}).
 *
 * <p><b>Assumed</b> (docs/providers-wire.md, "iyzico"): the installment inquiry quotes Turkish
 * lira only (it takes no currency), so another currency is refused before the call; {@code price}
 * is sent as a plain JSON number at the currency's scale; without a BIN, {@code binNumber} is left
 * out and iyzico answers a detail per card family; a success whose {@code conversationId} is not
 * the one sent is not ours and fails the read.
 *
 * <p>HTTP faults map through {@link HttpOutcomes#forRead} (400 refused, 429/503 and connect
 * failures retried within the read policy, everything else failed). Only the BIN is ever sent.
 * The keys are {@code Secret}s; the signed {@code Authorization} header is masked in the wire log
 * ({@value #WIRE_LOGGER}).
 */
public final class IyzicoGateway implements InstallmentGateway {

  /** iyzico's failure envelope, also on its HTTP errors: {@code errorCode}, {@code errorMessage}. */
  static final ErrorEnvelope ERRORS = ErrorEnvelope.of("iyzico", "errorCode", "errorMessage");

  /** The wire log: DEBUG prints requests and answers, the authorization masked. */
  public static final String WIRE_LOGGER = "io.taksit.adapters.http.iyzico.wire";

  /** iyzico's installment inquiry takes no currency: Turkish lira (assumed). */
  private static final Set<Currency> SERVED = HashSet.of(Currencies.TRY);

  private final IyzicoConfig config;
  private final HttpCalls calls;
  private final IyzicoApi api;
  private final Request.Options options;

  /**
   * A gateway with the configuration's retry policy and the system clock.
   *
   * @throws IllegalArgumentException listing every problem of {@code config}
   */
  public static IyzicoGateway create(IyzicoConfig config) {
    Objects.requireNonNull(config, "config");
    return new IyzicoGateway(config, HttpCalls.of(config.http()), Clock.systemUTC());
  }

  /**
   * A gateway with its collaborators given (tests, wiring); {@code clock} times the random keys
   * of the signature.
   *
   * @throws IllegalArgumentException listing every problem of {@code config}
   */
  public IyzicoGateway(IyzicoConfig config, HttpCalls calls, Clock clock) {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(clock, "clock");
    ConfigChecks.requireNone(config.problems());
    this.config = config;
    this.calls = Objects.requireNonNull(calls, "calls");
    this.api = FeignClients.create(IyzicoApi.class, Endpoint.of(config.baseUrl()), config.http(),
        ProviderJson.mapper(), WIRE_LOGGER,
        List.of(new IyzicoSignature(config.apiKey(), config.secretKey(), clock)));
    this.options = FeignClients.options(config.http(), CallKind.INSTALLMENTS);
  }

  @Override
  public ProviderId provider() {
    return IyzicoProvider.ID;
  }

  @Override
  public ReadOutcome<InstallmentQuote> quote(InstallmentRequest request) {
    Objects.requireNonNull(request, "request");
    Money amount = Objects.requireNonNull(request.amount(), "amount");
    Option<String> unserved = NotSent.amountProblem("iyzico", amount, SERVED);
    if (unserved.isDefined()) {
      return NotSent.refused(unserved.get());
    }
    String conversationId = UUID.randomUUID().toString();
    IyzicoInstallmentRequest body = new IyzicoInstallmentRequest(config.locale(), conversationId,
        request.bin().map(bin -> bin.digits()).getOrNull(), amount.amount());
    HttpResult<IyzicoInstallmentResponse> result =
        calls.read(() -> api.installment(body, options));
    if (result instanceof HttpResult.Answered<IyzicoInstallmentResponse> answered) {
      return IyzicoOutcomes.of(answered.body(), amount, conversationId, request.bin().isEmpty());
    }
    return HttpOutcomes.forRead(result, ERRORS);
  }

  @Override
  public String toString() {
    return "IyzicoGateway[" + config.baseUrl() + ", locale " + config.locale() + "]";
  }
}
