package io.taksit.application.fakes;

import io.taksit.domain.amount.AmountRule;
import io.taksit.domain.amount.StepAnchor;
import io.taksit.domain.bill.AccountRef;
import io.taksit.domain.bill.Bill;
import io.taksit.domain.bill.BillReference;
import io.taksit.domain.bill.Biller;
import io.taksit.domain.bill.BillerId;
import io.taksit.domain.bill.Invoice;
import io.taksit.domain.bill.InvoiceSelection;
import io.taksit.domain.bill.PaymentMode;
import io.taksit.domain.bill.PaymentPolicy;
import io.taksit.domain.money.Currencies;
import io.taksit.domain.money.Money;
import io.taksit.domain.provider.ProviderId;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/** Billers and bills shaped like Momkn's documented service 362, for inquiry tests. */
public final class InquiryFakeSamples {

  /** Momkn service 362, in EGP. */
  public static final BillerId MOMKN_362 = new BillerId("momkn-362");

  /** A subscriber number as Momkn's examples write it. */
  public static final String ACCOUNT = "01001234567";

  private InquiryFakeSamples() {}

  /** Momkn service 362: 1 to 1,000,000,000 EGP in steps of 5, paid in full, all invoices. */
  public static Biller momkn362(boolean active) {
    return biller(MOMKN_362, new ProviderId("momkn"), Currencies.EGP, active);
  }

  /** A biller of {@code provider} in {@code currency}, with service 362's rules. */
  public static Biller biller(BillerId id, ProviderId provider, Currency currency, boolean active) {
    AmountRule rule = AmountRule.of(money("1", currency), money("1000000000", currency),
        money("5", currency), StepAnchor.ZERO).get();
    return new Biller(id, "Electricity " + id.value(), provider, "362", currency, rule,
        new PaymentPolicy(PaymentMode.FIXED, InvoiceSelection.ALL, false), true, active);
  }

  /** A one-invoice bill of 150.00 for {@code account} at {@code biller}, reference {@code BRN-771}. */
  public static Bill bill(BillerId biller, AccountRef account, Currency currency) {
    Money due = money("150.00", currency);
    Invoice invoice = new Invoice(1, "November", due, Option.none(), Option.none(),
        Option.some(LocalDate.parse("2026-11-30")), true);
    return new Bill(biller, account, new BillReference("BRN-771"), Option.some("Ahmed Hassan"),
        HashMap.of("Penalty", "0.00"), List.of(invoice), due, Option.none());
  }

  private static Money money(String amount, Currency currency) {
    return Money.of(new BigDecimal(amount), currency).get();
  }
}
