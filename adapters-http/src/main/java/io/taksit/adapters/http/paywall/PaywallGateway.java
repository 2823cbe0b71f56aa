package io.taksit.adapters.http.paywall;

import io.taksit.adapters.http.support.CallKind;
import io.taksit.adapters.http.support.ConfigChecks;
import io.taksit.adapters.http.support.Endpoint;
import io.taksit.adapters.http.support.FeignClients;
import io.taksit.adapters.http.support.HttpCalls;
import io.taksit.adapters.http.support.HttpResult;
import io.taksit.adapters.http.support.NotSent;
import io.taksit.adapters.http.support.ProviderJson;
import io.taksit.application.port.out.InstallmentGateway;
import io.taksit.application.port.out.ReadOutcome;
import io.taksit.domain.money.Money;
import io.taksit.domain.provider.ProviderId;
import io.vavr.control.Option;
import java.time.Clock;
import java.util.Objects;

/**
 * Paywall's installment inquiry as an {@link InstallmentGateway}.
 *
 * <p><b>Documented by Paywall</b> (seeds 001 and 002, providers.md section 2):
 * {@code GET {base}/installment}; headers {@code apikeypublic}, {@code apiclientpublic};
 * parameters {@code currencyid} (the currency table of {@link PaywallCurrencies}),
 * {@code amount}, {@code binnumber} (first 6 digits), {@code distinctduplicates},
 * {@code endoftheday}, {@code posid}; the envelope {@code ErrorCode} (0 = success),
 * {@code Result}, {@code Message}, {@code Body} with {@code CardBank}, {@code CardBrand},
 * {@code CardFamily}, {@code CardKind}, {@code CardType} and {@code Options} of
 * {@code Installment}, {@code Commission}, {@code Interest}, {@code RawAmount},
 * {@code InterestAmount} (and, in the current shape, {@code ErrorCodeType}, {@code ErrorMessage},
 * {@code PaymentGatewayId}, {@code PaymentGatewayName}).
 *
 * <p><b>Assumed</b> (docs/providers-wire.md, "Paywall"):
 * <ul>
 *   <li>the parameters travel as HTTP headers like the official .NET SDK does; the documentation
 *       lists them beside the headers without saying where they go, so
 *       {@link PaywallConfig#parametersAsHeaders()} false sends them as query parameters;
 *   <li>{@code amount} is a plain decimal with a dot at the currency's scale ({@code 30.00});
 *       {@code distinctduplicates} is always {@code true};
 *   <li>{@code RawAmount} is the principal the plan is for and must equal the asked amount (the
 *       integrity check); {@code InterestAmount} is the total payable, taken as reported;
 *       {@code Interest} and {@code Commission} are percents;
 *   <li>{@code ErrorCode} ≠ 0 or {@code Result} false is a refusal, whatever else the answer
 *       holds; {@code Message} is the text, {@code ErrorMessage} when it is blank;
 *   <li>{@code CardKind} / {@code CardType} words other than the documented ones ("Bireysel Kart",
 *       "Ticari Kart", "Credit", "Debit", and their English or Turkish twins) are unknown;
 *   <li>the channel of an option is {@code PaymentGatewayName}, else {@code PaymentGatewayId}.
 * </ul>
 *
 * <p>Refused before any call, with no HTTP request: a currency Paywall has no id for, and an
 * amount that is not positive. The classification of answers is {@link PaywallOutcomes}. Only
 * BINs are ever sent (the port carries nothing else), and the key headers are never logged
 * (support's {@code MaskingLogger}).
 *
 * <p>Transport note: the inquiry is a GET, which the JDK's HTTP client resends once by itself when
 * the connection dies before any byte of an answer; Paywall may therefore see two inquiries for a
 * reset. That is harmless for a read; the adapter itself repeats only what {@link HttpCalls#read}
 * allows.
 */
public final class PaywallGateway implements InstallmentGateway {

  /** The wire log of Paywall traffic; DEBUG shows masked headers and bodies. */
  public static final String WIRE_LOGGER = "io.taksit.adapters.http.paywall.wire";

  private static final PaywallMapper MAPPER = PaywallMapper.INSTANCE;

  private final PaywallConfig config;
  private final HttpCalls calls;
  private final PaywallApi api;
  private final PaywallOutcomes outcomes = new PaywallOutcomes(MAPPER);

  /**
   * The gateway with real waits between read retries.
   *
   * @throws IllegalArgumentException listing every problem of {@code config}
   */
  public static PaywallGateway create(PaywallConfig config) {
    ConfigChecks.requireNone(config.problems());
    return new PaywallGateway(config, HttpCalls.of(config.http()), Clock.systemUTC());
  }

  /**
   * For tests and the bootstrap: {@code calls} decides how reads are repeated. The clock is part
   * of every adapter's constructor; Paywall has no token to expire, so it is not used.
   *
   * @throws IllegalArgumentException listing every problem of {@code config}
   */
  public PaywallGateway(PaywallConfig config, HttpCalls calls, Clock clock) {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(clock, "clock");
    ConfigChecks.requireNone(config.problems());
    this.config = config;
    this.calls = Objects.requireNonNull(calls, "calls");
    this.api = FeignClients.create(PaywallApi.class, Endpoint.of(config.baseUrl()),
        config.http(), ProviderJson.mapper(), WIRE_LOGGER);
  }

  @Override
  public ProviderId provider() {
    return PaywallProvider.ID;
  }

  @Override
  public ReadOutcome<InstallmentQuote> quote(InstallmentRequest request) {
    Objects.requireNonNull(request, "request");
    Money amount = Objects.requireNonNull(request.amount(), "amount");
    Option<String> unserved = NotSent.amountProblem("Paywall", amount, PaywallCurrencies.served());
    if (unserved.isDefined()) {
      return NotSent.refused(unserved.get());
    }
    int currencyId = PaywallCurrencies.idOf(amount.currency()).get();
    PaywallInstallmentRequest wire = MAPPER.toRequest(request, currencyId, config);
    HttpResult<PaywallInstallmentResponse> result = calls.read(() -> send(wire));
    return outcomes.of(result, amount);
  }

  private PaywallInstallmentResponse send(PaywallInstallmentRequest wire) {
    var options = FeignClients.options(config.http(), CallKind.INSTALLMENTS);
    String key = config.apiKeyPublic().reveal();
    String client = config.apiClientPublic().reveal();
    return config.parametersAsHeaders()
        ? api.installmentWithHeaders(key, client, wire.parameters(), options)
        : api.installmentWithQuery(key, client, wire.parameters(), options);
  }

  @Override
  public String toString() {
    return "PaywallGateway[" + config.baseUrl() + ", parametersAsHeaders="
        + config.parametersAsHeaders() + "]";
  }
}
