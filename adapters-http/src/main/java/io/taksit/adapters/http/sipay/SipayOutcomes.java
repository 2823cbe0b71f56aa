package io.taksit.adapters.http.sipay;

import io.taksit.adapters.http.support.AmountIntegrity;
import io.taksit.domain.bill.BillReference;
import io.taksit.domain.money.Money;
import io.taksit.domain.payment.PaymentOutcome;
import io.taksit.domain.payment.ProviderAnswer;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.math.BigDecimal;

/**
 * Sipay's answers on Taksit's outcome taxonomy.
 *
 * <table>
 *   <caption>MakePayment {@code code} (HTTP 200)</caption>
 *   <tr><th>code</th><th>outcome</th></tr>
 *   <tr><td>100</td><td>APPROVED, unless {@code transaction_amount} or
 *       {@code sender_wallet_info.currency_code} differ from the payment: UNKNOWN</td></tr>
 *   <tr><td>311 insufficient balance, 300 wallet not found, 306 IBAN/name mismatch</td>
 *       <td>DECLINED</td></tr>
 *   <tr><td>301 duplicate external transaction id</td><td>resolved by re-inquiry (the gateway)</td></tr>
 *   <tr><td>any other code</td><td>DECLINED, message verbatim</td></tr>
 *   <tr><td>no code</td><td>UNKNOWN</td></tr>
 * </table>
 *
 * <p>The status check is a re-inquiry: the paid invoice's query oid gone from a successful answer
 * means the invoice was paid (APPROVED); still listed, it was not (NOT_PROCESSED); an inquiry that
 * fails or is refused teaches nothing (UNKNOWN).
 */
final class SipayOutcomes {

  static final String DUPLICATE = "301";

  private static final Map<String, String> DECLINES = HashMap.of(
      "311", "insufficient wallet balance",
      "300", "wallet not found or invalid",
      "306", "IBAN/name mismatch");

  private SipayOutcomes() {}

  /** Whether Sipay says it already has a payment under this {@code ext_order_id}. */
  static boolean isDuplicate(SipayPaymentResponse response) {
    return DUPLICATE.equals(codeOf(response.code()));
  }

  /** A MakePayment answer, other than the duplicate code, for a payment of {@code asked}. */
  static PaymentOutcome ofPayment(SipayPaymentResponse response, Money asked) {
    ProviderAnswer answer = SipayMapper.MAPPER.answerOf(response);
    String code = codeOf(response.code());
    if (code == null) {
      return new PaymentOutcome.Unknown(answer, "answer without a code");
    }
    if (!SipayBills.SUCCESS.equals(code)) {
      return new PaymentOutcome.Declined(answer, "code " + code + ": "
          + DECLINES.get(code).getOrElse("refused by Sipay"));
    }
    SipayPaymentResponse.Payload payload = response.payload();
    if (payload == null) {
      return new PaymentOutcome.Unknown(answer,
          "code 100 without a payload: nothing to check the payment against");
    }
    Option<String> problem = AmountIntegrity.problem(asked,
        Option.of(payload.transactionAmount()),
        Option.of(payload.senderWalletInfo()).flatMap(w -> Option.of(w.currencyCode())),
        "payload.transaction_amount", "payload.sender_wallet_info.currency_code");
    if (problem.isDefined()) {
      return new PaymentOutcome.Unknown(answer, problem.get());
    }
    return new PaymentOutcome.Approved(answer, "code 100" + details(payload));
  }

  /** Sipay's fee and references: the fee is known only from this answer, so it is kept here. */
  private static String details(SipayPaymentResponse.Payload payload) {
    List<String> parts = List.of(
            part("transaction_fee", payload.transactionFee()),
            part("charged_amount", payload.chargedAmount()),
            part("payment_transaction_id", payload.paymentTransactionId()))
        .flatMap(Option::toList);
    return parts.isEmpty() ? "" : "; " + parts.mkString(", ");
  }

  private static Option<String> part(String field, Object value) {
    return Option.of(value).map(v -> field + " "
        + (v instanceof BigDecimal decimal ? decimal.toPlainString() : v.toString()));
  }

  /** A re-inquiry about the invoice whose query oid is {@code reference}. */
  static PaymentOutcome ofStatus(SipayInquiryResponse inquiry, BillReference reference) {
    ProviderAnswer answer = SipayMapper.MAPPER.answerOf(inquiry);
    if (!SipayBills.isSuccess(inquiry)) {
      return new PaymentOutcome.Unknown(answer, "re-inquiry refused with code " + inquiry.code()
          + ": whether invoice " + reference + " was paid is unknown");
    }
    if (SipayBills.lists(inquiry, reference)) {
      return new PaymentOutcome.NotProcessed(answer,
          "invoice " + reference + " still outstanding", Option.none());
    }
    return new PaymentOutcome.Approved(answer, "invoice no longer outstanding");
  }

  private static String codeOf(String code) {
    return code == null || code.isBlank() ? null : code.trim();
  }
}
