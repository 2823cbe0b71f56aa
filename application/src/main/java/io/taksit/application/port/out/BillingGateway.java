package io.taksit.application.port.out;

import io.taksit.domain.bill.AccountRef;
import io.taksit.domain.bill.Bill;
import io.taksit.domain.bill.BillReference;
import io.taksit.domain.bill.Biller;
import io.taksit.domain.fee.FeeQuote;
import io.taksit.domain.money.Money;
import io.taksit.domain.payment.PaymentId;
import io.taksit.domain.payment.PaymentOutcome;
import io.taksit.domain.provider.ProviderId;
import io.vavr.collection.Map;
import io.vavr.collection.SortedSet;
import io.vavr.control.Option;

/**
 * A bill-payment provider (Momkn, Sipay Wallet...). Implementations return a typed outcome for
 * every provider answer and never throw for one; an exception means a bug or broken
 * infrastructure, and the application treats it as "no trustworthy answer".
 */
public interface BillingGateway {

  ProviderId provider();

  GatewayCapabilities capabilities();

  /** Asks the provider what the account owes. */
  ReadOutcome<Bill> inquire(InquiryRequest request);

  /** Asks the provider's fee for an amount; only called when {@code capabilities().feeQuotes()}. */
  ReadOutcome<FeeQuote> quoteFees(FeeRequest request);

  /**
   * Sends the payment. The provider must de-duplicate on {@code request.deduplicationKey()}: a
   * retry carries the same key. Must not be retried by the transport.
   */
  PaymentOutcome pay(PayRequest request);

  /** Asks what happened to a payment sent earlier under {@code request.deduplicationKey()}. */
  PaymentOutcome checkStatus(StatusRequest request);

  /** An inquiry: the biller, the billing account, and any extra service fields by key. */
  record InquiryRequest(Biller biller, AccountRef account, Map<String, String> fields) {}

  /** A fee question for {@code amount} against an inquired bill. */
  record FeeRequest(Biller biller, Bill bill, Money amount, SortedSet<Integer> invoices) {}

  /**
   * A payment to send. {@code retry} asks for the provider's retry semantics (Momkn
   * {@code isRetry}); the de-duplication key is the payment id, the same on every attempt.
   * {@code inquiredBill} is the provider's inquiry answer when it is still remembered: some
   * providers need its per-invoice fields (Sipay's {@code bill_no}, {@code bill_term}) and
   * re-inquire when it is gone (a retry long after the inquiry, another host instance).
   */
  record PayRequest(PaymentId deduplicationKey, Biller biller, AccountRef account,
      BillReference billReference, Money amount, SortedSet<Integer> invoices,
      Option<FeeQuote> feeQuote, boolean retry, Option<Bill> inquiredBill) {}

  /** A status question about the payment sent under {@code deduplicationKey}. */
  record StatusRequest(PaymentId deduplicationKey, Biller biller, AccountRef account,
      BillReference billReference, Money amount) {}
}
