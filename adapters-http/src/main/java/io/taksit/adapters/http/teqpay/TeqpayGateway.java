package io.taksit.adapters.http.teqpay;

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
import io.taksit.domain.card.CardBin;
import io.taksit.domain.money.Currencies;
import io.taksit.domain.money.Money;
import io.taksit.domain.provider.ProviderId;
import io.vavr.collection.HashSet;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.time.Clock;
import java.util.Currency;
import java.util.Objects;
import org.mapstruct.factory.Mappers;

/**
 * Teqpay's installment information ({@code POST /installmentinfo}) as an
 * {@link InstallmentGateway}. Reads only: Teqpay's payment check and cancel calls are not used.
 *
 * <p><b>Documented</b> by Teqpay (seed 003): the path; the {@code ApiKey} and {@code SecretKey}
 * headers; the body {@code cardNo} (6 to 16 characters), {@code price}, {@code language}
 * ({@code TR} default, or {@code EN}); the answer {@code Result}, {@code ResultCode} (10000 is
 * success), {@code ResultMessage} and {@code Details[]} of {@code Installment}, {@code Price},
 * {@code TotalPrice}, {@code ProcessingFee}, {@code CommissionType}, {@code MerchantSaleRate},
 * {@code AmountToPaid}; amounts as Turkish strings ({@code "500,00"}) in JSON with trailing
 * commas, both read here (see {@link TurkishDecimal}; trailing commas by the shared JSON mapper).
 *
 * <p><b>Assumed</b> (docs/providers-wire.md, "Teqpay"): the base URL (configured, no default);
 * Teqpay quotes in Turkish lira only, so another currency is refused before the call; only the
 * BIN is sent as {@code cardNo} (never a full card number), so a quote without a BIN is refused
 * before the call; {@code price} goes as a dot-decimal string like the sample's {@code "1.00"}; a
 * plain JSON number is accepted wherever a Turkish amount string is; a string such as
 * {@code "1.250"} is ambiguous and fails the answer; the customer's interest rate is derived from
 * {@code TotalPrice}/{@code Price} (see {@link TeqpayOptions}); Teqpay reports nothing about the
 * card, so the card profile is unknown.
 *
 * <p>Every path returns a {@link ReadOutcome}: HTTP faults map through {@link HttpOutcomes#forRead}
 * (400 refused, 429/503 and connect failures retried within the read policy, everything else
 * failed); the envelope through {@link TeqpayOutcomes}. The keys are {@code Secret}s, sent only as
 * headers and masked in the wire log ({@value #WIRE_LOGGER}).
 */
public final class TeqpayGateway implements InstallmentGateway {

  /** Teqpay's envelope, also on its HTTP errors: {@code ResultCode}, {@code ResultMessage}. */
  static final ErrorEnvelope ERRORS = ErrorEnvelope.of("Teqpay", "ResultCode", "ResultMessage");

  /** The wire log: DEBUG prints requests and answers, keys masked. */
  public static final String WIRE_LOGGER = "io.taksit.adapters.http.teqpay.wire";

  /** Teqpay quotes in Turkish lira only (assumed: the seed shows no other currency). */
  private static final Set<Currency> SERVED = HashSet.of(Currencies.TRY);

  private static final TeqpayMapper MAPPER = Mappers.getMapper(TeqpayMapper.class);

  private final TeqpayConfig config;
  private final HttpCalls calls;
  private final TeqpayApi api;
  private final Request.Options options;
  private final TeqpayOutcomes outcomes = new TeqpayOutcomes(new TeqpayOptions(MAPPER));

  /**
   * A gateway with the configuration's retry policy and the system clock.
   *
   * @throws IllegalArgumentException listing every problem of {@code config}
   */
  public static TeqpayGateway create(TeqpayConfig config) {
    Objects.requireNonNull(config, "config");
    ConfigChecks.requireNone(config.problems());
    return new TeqpayGateway(config, HttpCalls.of(config.http()), Clock.systemUTC());
  }

  /**
   * A gateway with its collaborators given (tests, bootstrap). Teqpay's answers carry no times and
   * it has no tokens, so {@code clock} is only checked, kept for the shape all adapters share.
   *
   * @throws IllegalArgumentException listing every problem of {@code config}
   */
  public TeqpayGateway(TeqpayConfig config, HttpCalls calls, Clock clock) {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(clock, "clock");
    ConfigChecks.requireNone(config.problems());
    this.config = config;
    this.calls = Objects.requireNonNull(calls, "calls");
    this.api = FeignClients.create(TeqpayApi.class, Endpoint.of(config.baseUrl()), config.http(),
        ProviderJson.mapper(), WIRE_LOGGER);
    this.options = FeignClients.options(config.http(), CallKind.INSTALLMENTS);
  }

  @Override
  public ProviderId provider() {
    return TeqpayProvider.ID;
  }

  @Override
  public ReadOutcome<InstallmentQuote> quote(InstallmentRequest request) {
    Objects.requireNonNull(request, "request");
    Money amount = request.amount();
    Option<String> unserved = NotSent.amountProblem("Teqpay", amount, SERVED);
    if (unserved.isDefined()) {
      return NotSent.refused(unserved.get());
    }
    if (request.bin().isEmpty()) {
      return NotSent.refused("Teqpay requires a card BIN (cardNo is required)");
    }
    CardBin bin = request.bin().get();
    TeqpayInstallmentRequest body = MAPPER.toRequest(bin, amount, config.language());
    HttpResult<TeqpayInstallmentResponse> result = calls.read(() -> api.installmentInfo(body,
        config.apiKey().reveal(), config.secretKey().reveal(), options));
    if (result instanceof HttpResult.Answered<TeqpayInstallmentResponse> answered) {
      return outcomes.classify(answered.body(), amount);
    }
    return HttpOutcomes.forRead(result, ERRORS);
  }

  @Override
  public String toString() {
    return "TeqpayGateway[" + config.baseUrl() + ", language " + config.language() + "]";
  }
}
