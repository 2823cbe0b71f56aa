package io.taksit.cli.demo;

import static io.taksit.cli.demo.ActFailed.expect;

import io.taksit.application.port.in.InquireBill;
import io.taksit.application.port.in.PayBill;
import io.taksit.application.port.in.QuoteFees;
import io.taksit.application.port.out.FeeQuotes.QuotedFee;
import io.taksit.bootstrap.Taksit;
import io.taksit.domain.bill.Bill;
import io.taksit.domain.bill.BillerId;
import io.taksit.domain.bill.Invoice;
import io.taksit.domain.payment.Payment;
import java.util.Map;
import java.util.Set;

/** The usual way to a payment, for acts whose point lies after it: inquire, quote, pay. */
final class BillPayer {

  private final Taksit taksit;

  BillPayer(Taksit taksit) {
    this.taksit = taksit;
  }

  /** An inquired bill and the fee quote for paying its oldest invoice. */
  record Prepared(Bill bill, Invoice invoice, QuotedFee quote) {}

  Prepared prepare(BillerId biller, String account) {
    Bill bill = expect(taksit.inquireBill().inquire(
        new InquireBill.Command(biller.value(), account, Map.of())), "the inquiry of " + account);
    Invoice oldest = bill.invoices().headOption()
        .getOrElseThrow(() -> new ActFailed("a bill with invoices for " + account));
    QuotedFee quote = expect(taksit.quoteFees().quote(new QuoteFees.Command(
        bill.reference().value(), oldest.amount().amount(), oldest.amount().currencyCode(),
        Set.of(oldest.sequence()))), "the fee quote for " + account);
    return new Prepared(bill, oldest, quote);
  }

  /** Pays the prepared invoice, accepting the prepared quote. */
  Payment pay(String idempotencyKey, Prepared prepared) {
    return expect(taksit.payBill().pay(new PayBill.Command(idempotencyKey,
        prepared.bill().reference().value(), prepared.invoice().amount().amount(),
        prepared.invoice().amount().currencyCode(), Set.of(prepared.invoice().sequence()),
        prepared.quote().id(), null)), "the payment " + idempotencyKey);
  }
}
