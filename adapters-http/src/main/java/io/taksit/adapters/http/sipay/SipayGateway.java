package io.taksit.adapters.http.sipay;

import io.taksit.adapters.http.support.CallKind;
import io.taksit.adapters.http.support.ConfigChecks;
import io.taksit.adapters.http.support.HttpCalls;
import io.taksit.adapters.http.support.ErrorEnvelope;
import io.taksit.adapters.http.support.HttpOutcomes;
import io.taksit.adapters.http.support.HttpResult;
import io.taksit.adapters.http.support.NotSent;
import io.taksit.application.port.out.BillingGateway;
import io.taksit.application.port.out.GatewayCapabilities;
import io.taksit.application.port.out.ReadOutcome;
import io.taksit.domain.bill.AccountRef;
import io.taksit.domain.bill.Bill;
import io.taksit.domain.bill.BillReference;
import io.taksit.domain.bill.Biller;
import io.taksit.domain.fee.FeeQuote;
import io.taksit.domain.money.Currencies;
import io.taksit.domain.payment.PaymentOutcome;
import io.taksit.domain.payment.ProviderAnswer;
import io.taksit.domain.provider.ProviderId;
import io.vavr.collection.HashSet;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import java.util.Currency;
import java.util.Objects;

/**
 * Sipay Wallet as a {@link BillingGateway}: invoices of an institution ({@code product_oid}) are
 * inquired for a subscriber and paid from Taksit's configured wallet.
 *
 * <p><b>Documented by Sipay</b> (seed excerpt and {@code providers.md} §4): {@code POST
 * /connect/token} with {@code client_id}/{@code client_secret} for a bearer token, sent as
 * {@code Authorization: Bearer} with {@code x-client-id}; {@code POST
 * /v1/InvoicePayment/GetInvoicesByProductAndSubscriber} ({@code product_oid},
 * {@code subscriber_no1..3}) answering {@code status}/{@code code}/{@code message}/{@code payload[]};
 * {@code POST /v1/InvoicePayment/MakePayment} with the wallet and one invoice's fields, answering
 * {@code transaction_id}, {@code transaction_amount}, {@code transaction_fee} and the sender wallet;
 * codes 100 success, 300 wallet not found or invalid, 301 duplicate external transaction id, 306
 * IBAN/name mismatch, 311 insufficient wallet balance. MakePayment pays <em>one</em> invoice: its
 * request has room for one query oid, one {@code bill_no}, one {@code bill_term}.
 *
 * <p><b>Assumed</b> (marked in {@code docs/providers-wire.md}, "Sipay Wallet"): the token call is
 * form-encoded OAuth2 client credentials answering {@code access_token}/{@code expires_in}
 * (without {@code expires_in}, {@link SipayConfig#tokenLifetime()}); MakePayment takes
 * {@code ext_order_id}, which Taksit sets to the payment id (code 301 implies Sipay de-duplicates
 * it); {@code subscriber_no} is the invoice row's {@code subscriber_no1}; dates are ISO; a row with
 * {@code partial_payment_allowed} false must be paid whole; inquiry answers do not expire.
 *
 * <p>Behaviour:
 * <ul>
 *   <li>{@link #inquire}: see {@link SipayBills}; a code other than 100 or an empty payload is a
 *       refusal carrying Sipay's (Turkish) message verbatim.
 *   <li>{@link #quoteFees}: Sipay has no fee call (its fee is known only from the payment answer);
 *       always refused, fees come from the configured schedule.
 *   <li>{@link #pay}: <b>exactly one invoice per payment</b> (several chosen: not processed
 *       before any call, pay them one by one), found with its fields by
 *       {@link SipayInvoiceLookup} in {@code inquiredBill} or, when the caller no longer holds it,
 *       by a fresh inquiry (an invoice gone from it is not processed, MakePayment not called).
 *       Answers are classified by {@link SipayOutcomes}; Sipay's {@code transaction_fee} is kept
 *       in the outcome's reason. A duplicate (code 301, HTTP 409) is resolved by re-inquiry of the
 *       paid invoice: gone means approved, anything else unknown (Sipay has seen this payment id
 *       before, so "not processed" would invite a blind retry).
 *   <li>{@link #checkStatus}: no status call exists, so the status is a re-inquiry. The bill
 *       reference gone from the answer means paid; listed means not processed; a failed or refused
 *       inquiry is unknown. Only the invoice whose query oid is the bill reference is watched: a
 *       payment of a later invoice of the same bill cannot be told apart by this check.
 * </ul>
 */
public final class SipayGateway implements BillingGateway {

  /** Sipay's envelope ({@code status}, {@code code}, {@code message}), also on its HTTP errors. */
  static final ErrorEnvelope ERRORS = ErrorEnvelope.of("Sipay", "code", "message");

  /**
   * Sipay Wallet pays Turkish lira invoices only (<b>assumed</b>: its wallets and every documented
   * amount are TRY); another currency is refused before any call.
   */
  private static final Set<Currency> SERVED = HashSet.of(Currencies.TRY);

  private static final GatewayCapabilities CAPABILITIES =
      new GatewayCapabilities(false, true, false);

  private final SipayConfig config;
  private final SipayWire wire;
  private final SipayInvoiceLookup invoices;

  /**
   * A gateway with real timeouts and retries.
   *
   * @throws IllegalArgumentException listing every problem of {@code config}
   */
  public static SipayGateway create(SipayConfig config) {
    ConfigChecks.requireNone(config.problems());
    return new SipayGateway(config, HttpCalls.of(config.http()), Clock.systemUTC());
  }

  /**
   * A gateway running its calls through {@code calls} (tests, the sandbox), reading token expiry
   * on {@code clock}.
   *
   * @throws IllegalArgumentException listing every problem of {@code config}
   */
  public SipayGateway(SipayConfig config, HttpCalls calls, Clock clock) {
    ConfigChecks.requireNone(Objects.requireNonNull(config, "config").problems());
    this.config = config;
    this.wire = new SipayWire(config, Objects.requireNonNull(calls, "calls"),
        Objects.requireNonNull(clock, "clock"));
    this.invoices = new SipayInvoiceLookup(wire);
  }

  @Override
  public ProviderId provider() {
    return SipayProvider.ID;
  }

  @Override
  public GatewayCapabilities capabilities() {
    return CAPABILITIES;
  }

  @Override
  public ReadOutcome<Bill> inquire(InquiryRequest request) {
    Option<String> refusal = NotSent.billerProblem("Sipay Wallet", request.biller(), Option.none(),
        SERVED);
    if (refusal.isDefined()) {
      return new ReadOutcome.Refused<>(ProviderAnswer.none(), refusal.get());
    }
    HttpResult<SipayInquiryResponse> result =
        wire.inquire(SipayMapper.MAPPER.toInquiry(request), CallKind.INQUIRY);
    return result instanceof HttpResult.Answered<SipayInquiryResponse> answered
        ? SipayBills.billOf(request.biller(), request.account(), answered.body())
        : HttpOutcomes.forRead(result, ERRORS);
  }

  @Override
  public ReadOutcome<FeeQuote> quoteFees(FeeRequest request) {
    return new ReadOutcome.Refused<>(ProviderAnswer.none(),
        "Sipay has no fee call: fees come from the configured fee schedule");
  }

  @Override
  public PaymentOutcome pay(PayRequest request) {
    Option<String> refusal = NotSent.billerProblem("Sipay Wallet", request.biller(),
        Option.some(request.amount()), SERVED);
    if (refusal.isDefined()) {
      return NotSent.notProcessed(refusal.get());
    }
    Either<PaymentOutcome, SipayInvoice> invoice = invoices.payable(request);
    if (invoice.isLeft()) {
      return invoice.getLeft();
    }
    HttpResult<SipayPaymentResponse> result = wire.pay(SipayMapper.MAPPER.toPayment(config,
        invoice.get(), request.amount().amount(), request.deduplicationKey().value()));
    BillReference paid = BillReference.of(invoice.get().invPaymentTransactionQueryOid())
        .getOrElse(request.billReference());
    if (result instanceof HttpResult.Answered<SipayPaymentResponse> answered) {
      return SipayOutcomes.isDuplicate(answered.body())
          ? resolveDuplicate(request, paid, SipayMapper.MAPPER.answerOf(answered.body()),
              "code 301, duplicate ext_order_id")
          : SipayOutcomes.ofPayment(answered.body(), request.amount());
    }
    if (result instanceof HttpResult.Rejected<SipayPaymentResponse> rejected
        && rejected.status() == 409) {
      return resolveDuplicate(request, paid, HttpOutcomes.answerOf(result, ERRORS),
          HttpOutcomes.describe(result, ERRORS) + ", duplicate");
    }
    return HttpOutcomes.forPayment(result, ERRORS);
  }

  @Override
  public PaymentOutcome checkStatus(StatusRequest request) {
    return statusOf(request.biller(), request.account(), request.billReference());
  }

  private PaymentOutcome statusOf(Biller biller, AccountRef account, BillReference reference) {
    HttpResult<SipayInquiryResponse> result =
        wire.inquire(SipayMapper.MAPPER.toInquiry(biller, account), CallKind.STATUS);
    return result instanceof HttpResult.Answered<SipayInquiryResponse> answered
        ? SipayOutcomes.ofStatus(answered.body(), reference)
        : HttpOutcomes.forStatus(result, ERRORS);
  }

  /** Sipay has this payment id already: only the invoice's presence tells what became of it. */
  private PaymentOutcome resolveDuplicate(PayRequest request, BillReference paid,
      ProviderAnswer answer, String what) {
    PaymentOutcome status = statusOf(request.biller(), request.account(), paid);
    return status instanceof PaymentOutcome.Approved
        ? new PaymentOutcome.Approved(answer, what + ", resolved by re-inquiry: " + status.reason())
        : new PaymentOutcome.Unknown(answer, what + ", not resolved by re-inquiry: "
            + status.reason());
  }

  @Override
  public String toString() {
    return "SipayGateway[baseUrl=" + config.baseUrl() + ", clientId=" + config.clientId()
        + ", wallet=" + config.walletNumber() + "]";
  }
}
