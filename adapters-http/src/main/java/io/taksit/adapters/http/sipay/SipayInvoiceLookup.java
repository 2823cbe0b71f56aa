package io.taksit.adapters.http.sipay;

import io.taksit.adapters.http.support.CallKind;
import io.taksit.adapters.http.support.HttpOutcomes;
import io.taksit.adapters.http.support.HttpResult;
import io.taksit.application.port.out.BillingGateway.PayRequest;
import io.taksit.application.port.out.ReadOutcome;
import io.taksit.domain.bill.Bill;
import io.taksit.domain.payment.PaymentOutcome;
import io.taksit.domain.payment.ProviderAnswer;
import io.vavr.collection.SortedSet;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;

/**
 * Finds the one invoice a payment pays, with the fields MakePayment must send back, or the
 * not-processed outcome saying why the payment cannot be sent (nothing has been sent then).
 *
 * <p>Sipay pays exactly one invoice per MakePayment call: several chosen invoices are refused
 * before any call, and no choice is allowed only when one invoice is outstanding. The fields come
 * from the inquired bill when the caller still holds it; otherwise from a fresh inquiry, in which
 * the bill reference (the query oid of the bill's first invoice) is looked up and invoice
 * {@code n} of the bill is the {@code n}-th row from there. An invoice gone from the fresh answer
 * is no longer outstanding.
 */
final class SipayInvoiceLookup {

  private final SipayWire wire;

  SipayInvoiceLookup(SipayWire wire) {
    this.wire = wire;
  }

  Either<PaymentOutcome, SipayInvoice> payable(PayRequest request) {
    if (request.invoices().size() > 1) {
      return Either.left(notProcessed(ProviderAnswer.none(), "Sipay pays exactly one invoice per"
          + " MakePayment call; " + request.invoices().size() + " chosen ("
          + request.invoices().mkString(", ") + "): pay them one at a time"));
    }
    return request.inquiredBill().isDefined()
        ? fromInquiredBill(request, request.inquiredBill().get())
        : fromFreshInquiry(request);
  }

  private Either<PaymentOutcome, SipayInvoice> fromInquiredBill(PayRequest request, Bill bill) {
    if (!bill.reference().equals(request.billReference())) {
      return Either.left(notProcessed(ProviderAnswer.none(), "the inquired bill's reference "
          + bill.reference() + " is not the payment's " + request.billReference()));
    }
    Either<String, Integer> sequence = chosen(bill, 1, request.invoices());
    if (sequence.isLeft()) {
      return Either.left(notProcessed(ProviderAnswer.none(),
          sequence.getLeft() + " on the inquired bill"));
    }
    return SipayBills.payable(bill, sequence.get(), request.biller())
        .mapLeft(missing -> notProcessed(ProviderAnswer.none(), missing));
  }

  /** The invoice looked up afresh: the caller no longer holds the inquiry answer. */
  private Either<PaymentOutcome, SipayInvoice> fromFreshInquiry(PayRequest request) {
    HttpResult<SipayInquiryResponse> result = wire.inquire(
        SipayMapper.MAPPER.toInquiry(request.biller(), request.account()), CallKind.INQUIRY);
    if (!(result instanceof HttpResult.Answered<SipayInquiryResponse> answered)) {
      Option<Duration> wait = result instanceof HttpResult.Rejected<SipayInquiryResponse> rejected
          ? rejected.retryAfter() : Option.none();
      return Either.left(new PaymentOutcome.NotProcessed(
          HttpOutcomes.answerOf(result, SipayGateway.ERRORS),
          "re-inquiry before the payment failed, nothing sent: "
              + HttpOutcomes.describe(result, SipayGateway.ERRORS), wait));
    }
    SipayInquiryResponse inquiry = answered.body();
    ProviderAnswer said = SipayMapper.MAPPER.answerOf(inquiry);
    if (!SipayBills.isSuccess(inquiry)) {
      return Either.left(notProcessed(said, "re-inquiry before the payment refused with code "
          + inquiry.code() + ", nothing sent"));
    }
    if (inquiry.rows().isEmpty()) {
      return Either.left(notProcessed(said, "invoice no longer outstanding"));
    }
    ReadOutcome<Bill> fresh = SipayBills.billOf(request.biller(), request.account(), inquiry);
    if (!(fresh instanceof ReadOutcome.Answered<Bill> bill)) {
      return Either.left(notProcessed(said, "re-inquiry before the payment unusable, nothing sent: "
          + (fresh instanceof ReadOutcome.Failed<Bill> failed ? failed.reason() : fresh)));
    }
    Option<Integer> first = SipayBills.sequenceOf(bill.value(), request.billReference());
    if (first.isEmpty()) {
      return Either.left(notProcessed(said, "invoice no longer outstanding"));
    }
    Either<String, Integer> sequence = chosen(bill.value(), first.get(), request.invoices());
    if (sequence.isLeft()) {
      return Either.left(notProcessed(said, request.invoices().isEmpty()
          ? sequence.getLeft() + " outstanding"
          : "invoice no longer outstanding"));
    }
    return SipayBills.payable(bill.value(), sequence.get(), request.biller())
        .mapLeft(missing -> notProcessed(said, missing));
  }

  /**
   * The bill's sequence of the one chosen invoice, counting the chosen number from
   * {@code firstSequence} (the invoice holding the bill reference), or why there is none.
   */
  private static Either<String, Integer> chosen(Bill bill, int firstSequence,
      SortedSet<Integer> invoices) {
    if (invoices.isEmpty()) {
      int outstanding = bill.sequences().count(sequence -> sequence >= firstSequence);
      return outstanding == 1
          ? Either.right(firstSequence)
          : Either.left("no invoice chosen: Sipay pays exactly one invoice per MakePayment call,"
              + " and " + outstanding + " are");
    }
    int sequence = firstSequence + invoices.head() - 1;
    return bill.invoice(sequence).isDefined()
        ? Either.right(sequence)
        : Either.left("invoice " + invoices.head() + " is not");
  }

  private static PaymentOutcome notProcessed(ProviderAnswer answer, String reason) {
    return new PaymentOutcome.NotProcessed(answer, reason, Option.none());
  }
}
