package io.taksit.cli.demo;

import io.taksit.domain.amount.AmountRule;
import io.taksit.domain.amount.StepAnchor;
import io.taksit.domain.bill.Biller;
import io.taksit.domain.bill.BillerId;
import io.taksit.domain.bill.InvoiceSelection;
import io.taksit.domain.bill.PaymentMode;
import io.taksit.domain.bill.PaymentPolicy;
import io.taksit.domain.fee.FeeSchedule;
import io.taksit.domain.money.Currencies;
import io.taksit.domain.money.Money;
import io.taksit.domain.provider.ProviderId;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The billers the demo offers, as a host would configure them: Takka installments at Momkn and a
 * Sipay Wallet institution, with the Sipay fee schedule (Sipay has no fee call). They match the
 * sandbox's seed data ({@code io.taksit.sandbox.DemoData}).
 */
final class DemoBillers {

  /** Momkn service 362: Takka Microfinance installment repayment. */
  static final BillerId TAKKA = BillerId.of("momkn-362").get();
  /** Momkn's own name of service 362, "installments". */
  static final String TAKKA_SERVICE_NAME = "أقساط";
  /** The sandbox's Sipay institution, Türk Telekom (Mobil). */
  static final BillerId TURK_TELEKOM = BillerId.of("sipay-turk-telekom").get();
  static final String TURK_TELEKOM_PRODUCT_OID = "8064fb0c-c556-4104-8fe4-9779c6dc3721";

  private DemoBillers() {}

  /**
   * EGP, 1 to 1,000,000,000 on a step of 5 counted from zero, the fixed amount of exactly one
   * invoice, oldest first, inquiry required.
   */
  static Biller takka() {
    AmountRule rule = AmountRule.of(egp("1"), egp("1000000000"), egp("5"), StepAnchor.ZERO).get();
    return Biller.of(TAKKA, "Takka installments (" + TAKKA_SERVICE_NAME + ")", ProviderId.MOMKN,
        "362", Currencies.EGP, rule,
        new PaymentPolicy(PaymentMode.FIXED, InvoiceSelection.ONE, true), true, true).get();
  }

  /** TRY, any amount to the kuruş up to 100,000, one whole invoice at a time, oldest first. */
  static Biller turkTelekom() {
    AmountRule rule = AmountRule.unstepped(lira("0.01"), lira("100000")).get();
    return Biller.of(TURK_TELEKOM, "Türk Telekom (Mobil)", ProviderId.SIPAY,
        TURK_TELEKOM_PRODUCT_OID, Currencies.TRY, rule,
        new PaymentPolicy(PaymentMode.FIXED, InvoiceSelection.ONE, true), true, true).get();
  }

  /** Taksit's own fee for Sipay invoices: 1.00 TRY + 0.75 %, at most 25.00, 5 % tax on the fee. */
  static FeeSchedule turkTelekomFees() {
    return FeeSchedule.flat(lira("1.00"), new BigDecimal("0.75"), Option.none(),
        Option.some(lira("25.00")), new BigDecimal("0.05"), RoundingMode.HALF_UP).get();
  }

  static Money egp(String amount) {
    return Money.parse(amount, "EGP").get();
  }

  static Money lira(String amount) {
    return Money.parse(amount, "TRY").get();
  }
}
