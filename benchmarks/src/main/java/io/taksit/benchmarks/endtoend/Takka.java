package io.taksit.benchmarks.endtoend;

import io.taksit.domain.amount.AmountRule;
import io.taksit.domain.amount.StepAnchor;
import io.taksit.domain.bill.Biller;
import io.taksit.domain.bill.BillerId;
import io.taksit.domain.bill.InvoiceSelection;
import io.taksit.domain.bill.PaymentMode;
import io.taksit.domain.bill.PaymentPolicy;
import io.taksit.domain.money.Currencies;
import io.taksit.domain.money.Money;
import io.taksit.domain.provider.ProviderId;

/**
 * Momkn's service 362, Takka Microfinance installments, configured as the demo does: EGP, 1 to
 * 1,000,000,000 in steps of 5, one whole invoice at a time.
 */
public final class Takka {

  public static final String SERVICE = "362";
  public static final BillerId ID = BillerId.of("momkn-" + SERVICE).get();
  public static final String CHANNEL_CATEGORY = "Merchant";
  public static final String CHANNEL_TYPE = "API";
  public static final String CHANNEL_IDENTIFIER = "taksit-benchmarks";

  private Takka() {}

  public static Biller biller() {
    AmountRule rule = AmountRule.of(egp("1"), egp("1000000000"), egp("5"), StepAnchor.ZERO).get();
    return Biller.of(ID, "Takka installments", new ProviderId("momkn"), SERVICE, Currencies.EGP, rule,
        new PaymentPolicy(PaymentMode.FIXED, InvoiceSelection.ONE, true), true, true).get();
  }

  public static Money egp(String amount) {
    return Money.parse(amount, "EGP").get();
  }
}
