package io.taksit.adapters.http.momkn;

import feign.Request;
import io.taksit.adapters.http.support.BearerToken;
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
import io.taksit.application.port.out.BillingGateway;
import io.taksit.application.port.out.CatalogGateway;
import io.taksit.application.port.out.GatewayCapabilities;
import io.taksit.application.port.out.ReadOutcome;
import io.taksit.domain.bill.Bill;
import io.taksit.domain.bill.Biller;
import io.taksit.domain.fee.FeeQuote;
import io.taksit.domain.money.Currencies;
import io.taksit.domain.money.Money;
import io.taksit.domain.payment.PaymentOutcome;
import io.taksit.domain.payment.ProviderAnswer;
import io.taksit.domain.provider.ProviderId;
import io.vavr.collection.HashSet;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.time.Clock;
import java.util.Currency;
import java.util.Objects;

/**
 * Momkn's bill-payment gateway (Egypt; Takka Microfinance installment repayment is its service
 * {@code 362}), speaking the wire of {@code docs/providers-wire.md} "Momkn".
 *
 * <p><b>Documented by Momkn</b>: the flow Inquiry → Fees → Payment with an optional Retry (the
 * payment with {@code isRetry: true} and the same {@code hostTransactionID}) and Check Status;
 * the paths of authenticate, inquiry, fees and payment and their request fields; the
 * {@code Brn} sent on from inquiry to fees and payment; bearer authentication; the HTTP errors
 * 400, 401, 409 (conflict) and 429 ("retry after the specified time"); service 362 is in EGP.
 *
 * <p><b>Assumed</b> (each one a setting where a setting makes sense, see {@link MomknConfig}):
 * the token answer's {@code token} and {@code expiresIn} (default lifetime 10 minutes);
 * {@code Code} 0 is success; the payment codes that mean "never applied" ({@code -13},
 * {@code -16}); the payment's {@code amount} field and the answers' {@code amount} checked
 * against it; the whole status call ({@code POST /services/{serviceId}/status}, answer
 * {@code Status} Success / Failed / Pending / NotFound); the invoice {@code Data} key
 * {@code DueDate}; a bill's validity (15 minutes); {@code localDate} as
 * {@code yyyy-MM-dd'T'HH:mm:ss} in Africa/Cairo.
 *
 * <p>Momkn is EGP-only: a biller or amount in another currency is refused before any call. The
 * gateway never throws for a provider answer; payments are sent once (a 401 renews the token
 * and sends again once, a 409 is resolved by the status call).
 */
public final class MomknGateway implements BillingGateway, CatalogGateway {

  /** Momkn's envelope, also in the body of its HTTP errors ({@code {"code": -13, "message": …}}). */
  static final ErrorEnvelope ERRORS = ErrorEnvelope.of("Momkn", "Code", "Message");

  /** Momkn settles in Egyptian pounds only (service 362's catalog currency). */
  private static final Set<Currency> SERVED = HashSet.of(Currencies.EGP);

  /** The wire log (DEBUG), masked: no password, token or card number ever appears in it. */
  public static final String WIRE_LOGGER = "io.taksit.adapters.http.momkn.wire";

  private static final GatewayCapabilities CAPABILITIES = new GatewayCapabilities(true, true, true);

  private final MomknConfig config;
  private final MomknApi api;
  private final HttpCalls calls;
  private final BearerToken token;
  private final MomknBills bills;
  private final MomknOutcomes outcomes;
  private final MomknClock localDates;

  /** The gateway of {@code config}, with the real clock and sleeper. */
  public static MomknGateway create(MomknConfig config) {
    ConfigChecks.requireNone(config.problems());
    return new MomknGateway(config, HttpCalls.of(config.http()), Clock.systemUTC());
  }

  /**
   * For tests and wiring that bring their own calls (sleeper) and clock.
   *
   * @throws IllegalArgumentException listing every problem of {@code config}
   */
  public MomknGateway(MomknConfig config, HttpCalls calls, Clock clock) {
    ConfigChecks.requireNone(Objects.requireNonNull(config, "config").problems());
    this.config = config;
    this.calls = Objects.requireNonNull(calls, "calls");
    MomknClock momknClock = new MomknClock(Objects.requireNonNull(clock, "clock"), config.zone());
    this.api = FeignClients.create(MomknApi.class, Endpoint.of(config.baseUrl()), config.http(),
        ProviderJson.mapper(), WIRE_LOGGER);
    this.token = new BearerToken(new MomknAuthenticator(api, config, calls, momknClock),
        config.tokenLifetime(), clock);
    this.bills = new MomknBills(config.billValidity(), clock);
    this.outcomes = new MomknOutcomes(config.notProcessedCodes());
    this.localDates = momknClock;
  }

  @Override
  public ProviderId provider() {
    return MomknProvider.ID;
  }

  @Override
  public GatewayCapabilities capabilities() {
    return CAPABILITIES;
  }

  @Override
  public ReadOutcome<Bill> inquire(InquiryRequest request) {
    Option<String> refusal = notEgp(request.biller(), Option.none());
    if (refusal.isDefined()) {
      return new ReadOutcome.Refused<>(ProviderAnswer.none(), refusal.get());
    }
    MomknInquiryRequest body =
        MomknMapper.INSTANCE.inquiry(request, config, localDates.localDate());
    String serviceId = request.biller().providerServiceCode();
    HttpResult<MomknInquiryResponse> result = token.call(bearer -> calls.read(() ->
        api.inquiry(bearer.reveal(), serviceId, body, options(CallKind.INQUIRY))));
    return result instanceof HttpResult.Answered<MomknInquiryResponse> answered
        ? bills.read(request, answered.body())
        : HttpOutcomes.forRead(result, ERRORS);
  }

  @Override
  public ReadOutcome<FeeQuote> quoteFees(FeeRequest request) {
    Option<String> refusal = notEgp(request.biller(), Option.some(request.amount()));
    if (refusal.isDefined()) {
      return new ReadOutcome.Refused<>(ProviderAnswer.none(), refusal.get());
    }
    MomknFeesRequest body = MomknMapper.INSTANCE.fees(request, config);
    String serviceId = request.biller().providerServiceCode();
    HttpResult<MomknFeesResponse> result = token.call(bearer -> calls.read(() ->
        api.fees(bearer.reveal(), serviceId, body, options(CallKind.FEES))));
    return result instanceof HttpResult.Answered<MomknFeesResponse> answered
        ? MomknFees.read(request, answered.body())
        : HttpOutcomes.forRead(result, ERRORS);
  }

  @Override
  public PaymentOutcome pay(PayRequest request) {
    Option<String> refusal = notEgp(request.biller(), Option.some(request.amount()));
    if (refusal.isDefined()) {
      return NotSent.notProcessed(refusal.get());
    }
    MomknPaymentRequest body = MomknMapper.INSTANCE.payment(request, config);
    String serviceId = request.biller().providerServiceCode();
    HttpResult<MomknPaymentResponse> result = token.call(bearer -> calls.once(() ->
        api.payment(bearer.reveal(), serviceId, body, options(CallKind.PAYMENT))));
    if (result instanceof HttpResult.Answered<MomknPaymentResponse> answered) {
      return outcomes.payment(answered.body(), request.amount());
    }
    if (result instanceof HttpResult.Rejected<MomknPaymentResponse> rejected
        && rejected.status() == 409) {
      PaymentOutcome status = checkStatus(new StatusRequest(request.deduplicationKey(),
          request.biller(), request.account(), request.billReference(), request.amount()));
      return MomknOutcomes.afterDuplicate(status,
          "duplicate (" + HttpOutcomes.describe(result, ERRORS) + ")");
    }
    return HttpOutcomes.forPayment(result, ERRORS);
  }

  @Override
  public PaymentOutcome checkStatus(StatusRequest request) {
    Option<String> refusal = notEgp(request.biller(), Option.some(request.amount()));
    if (refusal.isDefined()) {
      return new PaymentOutcome.Unknown(ProviderAnswer.none(), "status not asked: "
          + refusal.get());
    }
    MomknStatusRequest body = MomknMapper.INSTANCE.status(request, config);
    String serviceId = request.biller().providerServiceCode();
    HttpResult<MomknStatusResponse> result = token.call(bearer -> calls.read(() ->
        api.status(bearer.reveal(), serviceId, body, options(CallKind.STATUS))));
    return result instanceof HttpResult.Answered<MomknStatusResponse> answered
        ? outcomes.status(answered.body(), request.amount())
        : HttpOutcomes.forStatus(result, ERRORS);
  }

  /**
   * Momkn's catalog since {@code sinceVersion}: each service mapped by {@link MomknCatalog} (steps
   * counted from zero, the <b>assumed</b> anchor); a service it cannot map is listed as unusable
   * and the others are kept. A non-zero {@code code} is a refusal; an answer without a
   * {@code serviceListVersion} keeps the version asked.
   */
  @Override
  public ReadOutcome<CatalogPage> services(String sinceVersion) {
    String since = sinceVersion == null || sinceVersion.isBlank() ? FULL : sinceVersion.strip();
    HttpResult<MomknCatalogResponse> result = token.call(bearer -> calls.read(() ->
        api.categories(bearer.reveal(), since, config.userName(), config.channelIdentifier(),
            options(CallKind.INQUIRY))));
    if (!(result instanceof HttpResult.Answered<MomknCatalogResponse> answered)) {
      return HttpOutcomes.forRead(result, ERRORS);
    }
    MomknCatalogResponse catalog = answered.body();
    if (catalog.code() != null && catalog.code() != 0) {
      return new ReadOutcome.Refused<>(new ProviderAnswer(Option.none(),
          Option.some(catalog.code().toString()), Option.of(catalog.message())),
          "Momkn refused the catalog with code " + catalog.code());
    }
    io.vavr.collection.List<MomknCatalogResponse.Service> services =
        catalog.serviceList() == null || catalog.serviceList().serviceCategory() == null
            ? io.vavr.collection.List.empty()
            : io.vavr.collection.List.ofAll(catalog.serviceList().serviceCategory())
                .filter(Objects::nonNull)
                .flatMap(category -> category.services() == null
                    ? io.vavr.collection.List.empty()
                    : io.vavr.collection.List.ofAll(category.services()));
    var mapped = services.map(service ->
        MomknCatalog.entry(service, io.taksit.domain.amount.StepAnchor.ZERO));
    String version = catalog.serviceListVersion() == null || catalog.serviceListVersion().isBlank()
        ? since : catalog.serviceListVersion().strip();
    return ReadOutcome.answered(new CatalogPage(version,
        mapped.filter(io.vavr.control.Either::isRight).map(io.vavr.control.Either::get),
        mapped.filter(io.vavr.control.Either::isLeft).map(io.vavr.control.Either::getLeft)));
  }

  private Request.Options options(CallKind kind) {
    return FeignClients.options(config.http(), kind);
  }

  /** Why the call is not made: Momkn settles in EGP only. */
  private static Option<String> notEgp(Biller biller, Option<Money> amount) {
    return NotSent.billerProblem("Momkn", biller, amount, SERVED);
  }

  @Override
  public String toString() {
    return "MomknGateway[baseUrl=" + config.baseUrl() + ", accountId=" + config.accountId()
        + ", userName=" + config.userName() + "]";
  }
}
