package io.taksit.cli;

import io.taksit.application.outbox.Delivery;
import io.taksit.application.port.in.QuoteInstallments;
import io.taksit.application.port.in.ReconcilePayments;
import io.taksit.application.port.out.DeadLetter;
import io.taksit.application.port.out.EventId;
import io.taksit.application.port.out.FeeQuotes.QuotedFee;
import io.taksit.application.port.out.OutboxCounts;
import io.taksit.application.port.out.OutboxEntry;
import io.taksit.cli.view.BillView;
import io.taksit.cli.view.DeadLettersView;
import io.taksit.cli.view.DeliveryView;
import io.taksit.cli.view.FeeQuoteView;
import io.taksit.cli.view.InstallmentsView;
import io.taksit.cli.view.OutboxCountsView;
import io.taksit.cli.view.PaymentView;
import io.taksit.cli.view.PaymentsView;
import io.taksit.cli.view.ReconcileView;
import io.taksit.cli.view.ReplayAllView;
import io.taksit.cli.view.ReplayView;
import io.taksit.domain.bill.AccountRef;
import io.taksit.domain.bill.Bill;
import io.taksit.domain.bill.BillReference;
import io.taksit.domain.bill.BillerId;
import io.taksit.domain.bill.Invoice;
import io.taksit.domain.card.CardKind;
import io.taksit.domain.card.CardProfile;
import io.taksit.domain.card.CardType;
import io.taksit.domain.fee.FeeQuote;
import io.taksit.domain.fee.FeeSource;
import io.taksit.domain.installment.InstallmentOffers;
import io.taksit.domain.installment.InstallmentOption;
import io.taksit.domain.money.Money;
import io.taksit.domain.payment.Attempt;
import io.taksit.domain.payment.IdempotencyKey;
import io.taksit.domain.payment.OutcomeKind;
import io.taksit.domain.payment.Payment;
import io.taksit.domain.payment.PaymentDetails;
import io.taksit.domain.payment.PaymentEvent;
import io.taksit.domain.payment.PaymentId;
import io.taksit.domain.payment.PaymentStatus;
import io.taksit.domain.payment.ProviderAnswer;
import io.taksit.domain.provider.ProviderId;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * One sample of each view of each command, with the branches its text takes (empty lists, absent
 * values, singular and plural), for {@link ViewsCharacterizationTest}. Fixed values only: ids,
 * instants and amounts are the same on every run, so the printed views can be compared byte for
 * byte.
 */
final class ViewSamples {

  private static final Currency EGP = Currency.getInstance("EGP");
  private static final Currency TRY = Currency.getInstance("TRY");
  private static final Instant AT = Instant.parse("2026-03-01T10:15:30Z");

  private ViewSamples() {}

  /** Each sample by name (the name of its recorded files), in a stable order. */
  static Map<String, ToIntFunction<Terminal>> all() {
    Map<String, ToIntFunction<Terminal>> views = new LinkedHashMap<>();
    Bill fullBill = fullBill();
    Bill bareBill = bareBill();
    views.put("bill-full", t -> t.show(BillView.of(fullBill), 0));
    views.put("bill-bare", t -> t.show(BillView.of(bareBill), 0));
    QuotedFee fee = quotedFee();
    views.put("fee-quote", t -> t.show(FeeQuoteView.of(fee), 0));
    Payment full = fullPayment();
    Payment bare = barePayment();
    views.put("payment-full", t -> t.show(PaymentView.of(full), 0));
    views.put("payment-bare", t -> t.show(PaymentView.of(bare), 0));
    for (PaymentStatus status : PaymentStatus.values()) {
      Payment payment = paymentIn(status);
      views.put("payment-" + status.name().toLowerCase(java.util.Locale.ROOT),
          t -> t.show(PaymentView.of(payment), 0));
    }
    List<Payment> none = List.empty();
    List<Payment> one = List.of(bare);
    List<Payment> several = List.of(full, bare, paymentIn(PaymentStatus.DECLINED));
    views.put("payments-none", t -> t.show(PaymentsView.of(none), 0));
    views.put("payments-one", t -> t.show(PaymentsView.of(one), 0));
    views.put("payments-several", t -> t.show(PaymentsView.of(several), 0));
    ReconcilePayments.Report nothing = new ReconcilePayments.Report(List.empty());
    ReconcilePayments.Report checked = report();
    views.put("reconcile-none", t -> t.show(ReconcileView.of(nothing), 0));
    views.put("reconcile-checked", t -> t.show(ReconcileView.of(checked), 0));
    QuoteInstallments.Quotes plans = quotes();
    QuoteInstallments.Quotes noPlans = noQuotes();
    views.put("installments-plans", t -> t.show(InstallmentsView.of(plans, "454360"), 0));
    views.put("installments-none", t -> t.show(InstallmentsView.of(noPlans, null), 0));
    QuoteInstallments.Quotes unknownCard = new QuoteInstallments.Quotes(
        InstallmentOffers.empty(lira("10.00")), Option.none(), List.empty());
    views.put("installments-no-card", t -> t.show(InstallmentsView.of(unknownCard, null), 0));
    eventViews(views);
    return views;
  }

  private static void eventViews(Map<String, ToIntFunction<Terminal>> views) {
    OutboxCounts waiting = new OutboxCounts(3, 1, 2, 40, Option.some(AT));
    OutboxCounts idle = OutboxCounts.EMPTY;
    views.put("events-counts", t -> t.show(OutboxCountsView.of(waiting), 0));
    views.put("events-counts-empty", t -> t.show(OutboxCountsView.of(idle), 0));
    List<DeadLetter> letters = deadLetters();
    List<DeadLetter> noLetters = List.empty();
    views.put("events-dead", t -> t.show(DeadLettersView.of(letters), 0));
    views.put("events-dead-none", t -> t.show(DeadLettersView.of(noLetters), 0));
    views.put("events-replayed", t -> t.show(new ReplayView("pay-1:2", true), 0));
    views.put("events-not-replayed", t -> t.show(new ReplayView("pay-1:9", false), 1));
    views.put("events-replayed-all", t -> t.show(new ReplayAllView(2), 0));
    Delivery delivery = new Delivery(5, 2, 1, 0, false);
    views.put("events-delivered", t -> t.show(DeliveryView.of(delivery), 0));
  }

  // ---------------------------------------------------------------------------------------------
  // Samples
  // ---------------------------------------------------------------------------------------------

  private static Money egp(String amount) {
    return Money.of(new BigDecimal(amount), EGP).get();
  }

  private static Money lira(String amount) {
    return Money.of(new BigDecimal(amount), TRY).get();
  }

  private static Bill fullBill() {
    List<Invoice> invoices = List.of(
        new Invoice(1, "March", egp("150.00"), Option.some(egp("10.00")),
            Option.some(egp("150.00")), Option.some(LocalDate.parse("2026-03-15")), true),
        new Invoice(2, "", egp("100.50"), Option.none(), Option.none(), Option.none(), false));
    return new Bill(new BillerId("momkn-362"), new AccountRef("1000000101"),
        new BillReference("bill-ref-1"), Option.some("Mona Adel Hassan"),
        HashMap.of("zone", "Giza", "meter", "A-17", "area", "West"), invoices, egp("250.50"),
        Option.some(AT.plusSeconds(86_400)));
  }

  private static Bill bareBill() {
    return new Bill(new BillerId("sipay-7"), new AccountRef("55"), new BillReference("bill-ref-2"),
        Option.none(), HashMap.empty(), List.empty(), egp("0.00"), Option.none());
  }

  private static FeeQuote feeQuote() {
    return new FeeQuote(egp("250.00"), egp("4.50"), egp("0.63"), egp("1.00"), egp("254.13"),
        FeeSource.PROVIDER);
  }

  private static QuotedFee quotedFee() {
    return new QuotedFee("quote-1", new BillReference("bill-ref-1"), feeQuote(), AT);
  }

  private static PaymentDetails details(boolean withFee) {
    return new PaymentDetails(new BillerId("momkn-362"), new ProviderId("momkn"),
        new AccountRef("1000000101"), new BillReference("bill-ref-1"), egp("250.00"),
        withFee ? TreeSet.of(1, 2) : TreeSet.empty(),
        withFee ? Option.some(feeQuote()) : Option.none());
  }

  private static Payment fullPayment() {
    List<Attempt> attempts = List.of(
        new Attempt(1, false, AT, AT.plusSeconds(2), OutcomeKind.NOT_PROCESSED,
            ProviderAnswer.none(), "provider busy"),
        new Attempt(2, true, AT.plusSeconds(60), AT.plusSeconds(61), OutcomeKind.UNKNOWN,
            ProviderAnswer.of("ref-9", "E42", "gateway timeout"), "no answer in 30s"));
    return Payment.restore(new PaymentId("pay-1"), new IdempotencyKey("order-101"), "digest",
        details(true), PaymentStatus.UNKNOWN, attempts, List.empty(), 3,
        Option.some(AT.plusSeconds(3_600)), Option.some("checks ran out: ask the provider"), 7,
        AT, AT.plusSeconds(900));
  }

  private static Payment barePayment() {
    return Payment.restore(new PaymentId("pay-2"), new IdempotencyKey("order-102"), "digest",
        details(false), PaymentStatus.CREATED, List.empty(), List.empty(), 0, Option.none(),
        Option.none(), 0, AT, AT);
  }

  private static Payment paymentIn(PaymentStatus status) {
    List<Attempt> attempts = List.of(new Attempt(1, false, AT, AT.plusSeconds(1),
        OutcomeKind.APPROVED, ProviderAnswer.of("ref-1", null, null), "approved"));
    return Payment.restore(new PaymentId("pay-" + status.name().toLowerCase(java.util.Locale.ROOT)
            .replace('_', '-')), new IdempotencyKey("order-" + status.ordinal()), "digest",
        details(status.ordinal() % 2 == 0), status, attempts, List.empty(), 1, Option.none(),
        Option.none(), 1, AT.plusSeconds(status.ordinal()), AT.plusSeconds(status.ordinal()));
  }

  private static ReconcilePayments.Report report() {
    return new ReconcilePayments.Report(List.of(
        new ReconcilePayments.Checked(new PaymentId("pay-1"), PaymentStatus.UNKNOWN,
            PaymentStatus.SUCCEEDED, false, ""),
        new ReconcilePayments.Checked(new PaymentId("pay-2"), PaymentStatus.PENDING,
            PaymentStatus.PENDING, true, "checks ran out")));
  }

  private static QuoteInstallments.Quotes quotes() {
    Money principal = lira("1000.00");
    InstallmentOption three = InstallmentOption.of(new ProviderId("paywall"),
        Option.some("bonus"), 3, principal, new BigDecimal("2.50"), new BigDecimal("1.75"),
        lira("1025.00")).get();
    InstallmentOption six = InstallmentOption.ofUnreportedCommission(new ProviderId("iyzico"),
        Option.none(), 6, principal, new BigDecimal("5"), lira("1050.01")).get();
    InstallmentOption twelve = InstallmentOption.withInterest(new ProviderId("sipay"),
        Option.some("world"), 12, principal, new BigDecimal("10.125"), new BigDecimal("0"),
        RoundingMode.HALF_UP).get();
    InstallmentOffers offers = InstallmentOffers.of(principal, List.of(three, six, twelve)).get();
    CardProfile card = new CardProfile(Option.some("Garanti"), Option.some("Bonus"),
        Option.none(), CardKind.INDIVIDUAL, CardType.CREDIT).withThreeDSecureRequired(true);
    return new QuoteInstallments.Quotes(offers, Option.some(card), List.of(
        new QuoteInstallments.ProviderProblem(new ProviderId("teqpay"),
            QuoteInstallments.ProviderProblem.Kind.TIMED_OUT, "no answer in 5s")));
  }

  private static QuoteInstallments.Quotes noQuotes() {
    CardProfile card = new CardProfile(Option.none(), Option.none(), Option.some("Axess"),
        CardKind.COMMERCIAL, CardType.DEBIT).withThreeDSecureRequired(false);
    return new QuoteInstallments.Quotes(InstallmentOffers.empty(lira("99.90")), Option.some(card),
        List.of(new QuoteInstallments.ProviderProblem(new ProviderId("paywall"),
            QuoteInstallments.ProviderProblem.Kind.REFUSED, "amount below the minimum")));
  }

  private static List<DeadLetter> deadLetters() {
    PaymentId id = new PaymentId("pay-1");
    OutboxEntry created = new OutboxEntry(new EventId(id, 1), new PaymentEvent.Created(id, AT),
        AT, 5);
    OutboxEntry recorded = new OutboxEntry(new EventId(id, 2), new PaymentEvent.OutcomeRecorded(
        id, AT, PaymentStatus.CREATED, PaymentStatus.SUCCEEDED, 1, OutcomeKind.APPROVED, "ok"),
        AT, 1);
    return List.of(new DeadLetter(created, "handler threw IllegalStateException", AT),
        new DeadLetter(recorded, "timed out", AT.plusSeconds(5)));
  }
}
