package io.taksit.cli.demo;

import static io.taksit.cli.demo.ActFailed.check;
import static io.taksit.cli.demo.Narration.money;

import io.taksit.bootstrap.Taksit;
import io.taksit.domain.bill.Bill;
import io.taksit.domain.payment.Payment;
import io.taksit.domain.payment.PaymentStatus;

/**
 * Act 8: a second provider behind the same use cases. A Türk Telekom invoice is inquired at Sipay
 * Wallet, its fee comes from Taksit's own schedule (Sipay has no fee call), and it is paid from
 * the demo's wallet; Sipay's Turkish answer is kept verbatim.
 */
final class SipayAct {

  /** Ayşe Yılmaz: one invoice, 196.50 TRY. */
  static final String AYSE = "5536557580";
  static final String IDEMPOTENCY_KEY = "demo-ayse-1";

  private final Taksit taksit;
  private final String walletNumber;
  private final Narration say;

  SipayAct(DemoWorld world, Narration say) {
    this.taksit = world.taksit();
    this.walletNumber = world.providerSetting(DemoBillers.SIPAY, "walletNumber");
    this.say = say;
  }

  void play() {
    say.act(8, "Pay a Sipay Wallet invoice: Türk Telekom (Mobil), subscriber " + AYSE);
    BillPayer payer = new BillPayer(taksit);
    BillPayer.Prepared prepared = payer.prepare(DemoBillers.TURK_TELEKOM, AYSE);
    Bill bill = prepared.bill();
    String prefix = "invoice." + prepared.invoice().sequence() + ".";
    say.fact(bill.customerName().getOrElse(AYSE) + " owes " + money(bill.totalDue())
        + bill.data().get(prefix + "bill_no").map(no -> ", invoice " + no).getOrElse("")
        + bill.data().get(prefix + "bill_term").map(term -> ", term " + term).getOrElse("")
        + prepared.invoice().dueDate().map(date -> ", due " + date).getOrElse(""));
    say.fact("fee schedule (Sipay has no fee call): " + TakkaActs.feeLine(prepared.quote()));
    Payment payment = payer.pay(IDEMPOTENCY_KEY, prepared);
    say.fact(Narration.payment(payment) + ", paid from wallet " + walletNumber);
    check(payment.status() == PaymentStatus.SUCCEEDED, "SUCCEEDED, was " + payment.status());
  }
}
