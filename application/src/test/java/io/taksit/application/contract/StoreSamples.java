package io.taksit.application.contract;

import io.taksit.application.port.out.FeeQuotes.QuotedFee;
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
import io.taksit.domain.fee.FeeQuote;
import io.taksit.domain.fee.FeeSchedule;
import io.taksit.domain.fee.FeeSource;
import io.taksit.domain.fee.FeeTier;
import io.taksit.domain.money.Currencies;
import io.taksit.domain.money.Money;
import io.taksit.domain.provider.ProviderId;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;

/**
 * Billers, fee schedules, inquired bills and fee quotes for the store contracts: every optional
 * part present in some sample and absent in another, every currency scale (0, 2, 3 decimals),
 * and texts that a hand-written encoding could break (quotes, backslashes, line breaks, Arabic,
 * Turkish, emoji).
 *
 * <p>Instants are whole microseconds, as in {@link PaymentSamples}: databases keep microseconds.
 */
public final class StoreSamples {

  /** The moment samples are inquired and quoted at: {@link PaymentSamples#T0}. */
  public static final Instant T0 = PaymentSamples.T0;

  /** Texts that must survive storage verbatim. */
  public static final String AWKWARD_TEXT =
      "\"quoted\" \\back\\slash\\ {braces} [brackets], colon: line\nbreak\ttab \r "
          + "محمد أحمد · İşlem ğüşöç · 😀 · \u0001\u001f";

  private StoreSamples() {}

  // ---------------------------------------------------------------- billers

  /** Momkn's Takka service 362: EGP, FIXED, one invoice at a time, oldest first. */
  public static Biller takka() {
    return biller("momkn-362", "Takka installments", new ProviderId("momkn"), "362",
        rule(Currencies.EGP, 100, 100_000_000_000L, 500, StepAnchor.ZERO),
        new PaymentPolicy(PaymentMode.FIXED, InvoiceSelection.ONE, true), true, true);
  }

  /** Sipay's gas bills: TRY, PARTIAL, any subset, no inquiry needed. */
  public static Biller sipayGas() {
    return biller("sipay-gas", "İstanbul doğalgaz · \"İGDAŞ\"", new ProviderId("sipay"), "gas/ist 01",
        rule(Currencies.TRY, 1, 5_000_000, 1, StepAnchor.ZERO),
        new PaymentPolicy(PaymentMode.PARTIAL, InvoiceSelection.ANY_SUBSET, false), false, true);
  }

  /** A switched-off KWD biller (3 decimals), ADVANCE, all invoices, steps from its minimum. */
  public static Biller kuwaitWater() {
    return biller("kw.water_01", "Kuwait water", new ProviderId("kw-pay"), "W:7",
        rule(Currency.getInstance("KWD"), 1_250, 999_999_999, 250, StepAnchor.MIN),
        new PaymentPolicy(PaymentMode.ADVANCE, InvoiceSelection.ALL, true), true, false);
  }

  /** A JPY biller (no decimals). */
  public static Biller tokyoPower() {
    return biller("jp-power", "Tokyo power", new ProviderId("jp-pay"), "power",
        rule(Currency.getInstance("JPY"), 1, 10_000_000, 1, StepAnchor.ZERO),
        new PaymentPolicy(PaymentMode.FIXED, InvoiceSelection.ALL, false), true, true);
  }

  public static List<Biller> billers() {
    return List.of(takka(), sipayGas(), kuwaitWater(), tokyoPower());
  }

  public static Biller biller(String id, String name, ProviderId provider, String serviceCode,
      AmountRule rule, PaymentPolicy policy, boolean inquiryRequired, boolean active) {
    return Biller.of(new BillerId(id), name, provider, serviceCode, rule.currency(), rule, policy,
        inquiryRequired, active).getOrElseThrow(e -> new IllegalStateException(e.toString()));
  }

  public static AmountRule rule(Currency currency, long minMinor, long maxMinor, long stepMinor,
      StepAnchor anchor) {
    return AmountRule.of(Money.ofMinor(minMinor, currency), Money.ofMinor(maxMinor, currency),
        Money.ofMinor(stepMinor, currency), anchor)
        .getOrElseThrow(e -> new IllegalStateException(e.toString()));
  }

  // ---------------------------------------------------------------- fee schedules

  /**
   * Three tiers in TRY with a gap, an open top tier, floors and caps, percents written with
   * different scales (1.5, 0.750, 2) and a 14 % tax on the fee, rounded half up.
   */
  public static FeeSchedule tieredTry() {
    Currency tl = Currencies.TRY;
    List<FeeTier> tiers = List.of(
        tier(tl, 0, Option.some(100_000L), 150, "1.5", Option.some(200L), Option.some(1_000L)),
        tier(tl, 100_000, Option.some(1_000_000L), 0, "0.750", Option.none(), Option.some(5_000L)),
        tier(tl, 2_000_000, Option.none(), 2_500, "2", Option.some(0L), Option.none()));
    return FeeSchedule.of(tl, tiers, new BigDecimal("0.14"), RoundingMode.HALF_UP)
        .getOrElseThrow(e -> new IllegalStateException(e.toString()));
  }

  /** One flat KWD tier: 0.125 KWD plus 0.5 %, no tax, rounded down. */
  public static FeeSchedule flatKwd() {
    return FeeSchedule.flat(Money.ofMinor(125, Currency.getInstance("KWD")),
        new BigDecimal("0.5"), Option.none(), Option.none(), new BigDecimal("0.000"),
        RoundingMode.DOWN).getOrElseThrow(e -> new IllegalStateException(e.toString()));
  }

  /** One flat JPY tier: 100 JPY plus 1 %, a 10 % tax, rounded up. */
  public static FeeSchedule flatJpy() {
    return FeeSchedule.flat(Money.ofMinor(100, Currency.getInstance("JPY")),
        new BigDecimal("1"), Option.some(Money.ofMinor(150, Currency.getInstance("JPY"))),
        Option.some(Money.ofMinor(20_000, Currency.getInstance("JPY"))), new BigDecimal("0.10"),
        RoundingMode.UP).getOrElseThrow(e -> new IllegalStateException(e.toString()));
  }

  public static FeeTier tier(Currency currency, long fromMinor, Option<Long> upToMinor,
      long fixedMinor, String percent, Option<Long> floorMinor, Option<Long> capMinor) {
    return FeeTier.of(Money.ofMinor(fromMinor, currency),
        upToMinor.map(m -> Money.ofMinor(m, currency)), Money.ofMinor(fixedMinor, currency),
        new BigDecimal(percent), floorMinor.map(m -> Money.ofMinor(m, currency)),
        capMinor.map(m -> Money.ofMinor(m, currency)))
        .getOrElseThrow(e -> new IllegalStateException(e.toString()));
  }

  // ---------------------------------------------------------------- inquired bills

  /**
   * A Takka bill with three invoices (bounds, due dates, a mandatory one, an awkward alias), a
   * customer name, provider fields in a chosen order and an expiry a day after {@link #T0}.
   */
  public static Bill fullBill(String reference) {
    Currency egp = Currencies.EGP;
    List<Invoice> invoices = List.of(
        invoice(1, "قسط ١", Money.ofMinor(50_000, egp), Option.some(Money.ofMinor(10_000, egp)),
            Option.some(Money.ofMinor(60_000, egp)), Option.some(LocalDate.of(2026, 11, 30)), true),
        invoice(2, "", Money.ofMinor(50_001, egp), Option.none(), Option.none(),
            Option.some(LocalDate.of(2026, 12, 31)), false),
        invoice(7, AWKWARD_TEXT, Money.ofMinor(0, egp), Option.some(Money.ofMinor(0, egp)),
            Option.none(), Option.none(), false));
    Map<String, String> data = LinkedHashMap.of(
        "Installment", "500.00",
        "Penalty", "0",
        "note", AWKWARD_TEXT,
        "empty", "",
        "ключ \"x\"", "значение");
    return Bill.of(takka().id(), new AccountRef("01001234567"), new BillReference(reference),
        Option.some("محمد أحمد \"Mo\""), data, invoices, Money.ofMinor(100_001, egp),
        Option.some(T0.plusSeconds(86_400).plusNanos(1_000)))
        .getOrElseThrow(e -> new IllegalStateException(e.toString()));
  }

  /** A bill with nothing optional: no invoices, no fields, no name, no expiry. */
  public static Bill bareBill(String reference, Money totalDue) {
    return Bill.of(new BillerId("sipay-gas"), new AccountRef("A-1"), new BillReference(reference),
        Option.none(), LinkedHashMap.empty(), List.empty(), totalDue, Option.none())
        .getOrElseThrow(e -> new IllegalStateException(e.toString()));
  }

  /** A one-invoice bill of {@code due} in its currency, for tests that need many bills. */
  public static Bill oneInvoiceBill(String reference, Money due, Option<Instant> expiresAt) {
    return Bill.of(takka().id(), new AccountRef("01001234567"), new BillReference(reference),
        Option.none(), LinkedHashMap.of("Installment", due.amount().toPlainString()),
        List.of(invoice(1, "installment", due, Option.none(), Option.none(), Option.none(),
            true)), due, expiresAt)
        .getOrElseThrow(e -> new IllegalStateException(e.toString()));
  }

  public static Invoice invoice(int sequence, String alias, Money amount, Option<Money> minimum,
      Option<Money> maximum, Option<LocalDate> dueDate, boolean mandatory) {
    return Invoice.of(sequence, alias, amount, minimum, maximum, dueDate, mandatory)
        .getOrElseThrow(e -> new IllegalStateException(e.toString()));
  }

  // ---------------------------------------------------------------- fee quotes

  /** A provider quote with fee, tax and discount on {@code amount}. */
  public static QuotedFee providerQuote(String id, String billReference, Money amount) {
    Currency currency = amount.currency();
    FeeQuote quote = FeeQuote.computed(amount, Money.ofMinor(1_234, currency),
        Money.ofMinor(173, currency), Money.ofMinor(100, currency), FeeSource.PROVIDER)
        .getOrElseThrow(e -> new IllegalStateException(e.toString()));
    return new QuotedFee(id, new BillReference(billReference), quote, T0);
  }

  /** A quote from {@link #tieredTry()} for {@code amount} TRY minor units. */
  public static QuotedFee scheduleQuote(String id, String billReference, long amountMinor,
      Instant quotedAt) {
    FeeQuote quote = tieredTry().quote(Money.ofMinor(amountMinor, Currencies.TRY))
        .getOrElseThrow(e -> new IllegalStateException(e.toString()));
    return new QuotedFee(id, new BillReference(billReference), quote, quotedAt);
  }
}
