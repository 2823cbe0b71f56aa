package io.taksit.cli.demo;

import static io.taksit.cli.demo.ActFailed.check;
import static io.taksit.cli.demo.ActFailed.expect;
import static io.taksit.cli.demo.Narration.money;
import static io.taksit.cli.demo.Narration.shortId;

import io.taksit.application.failure.Failure;
import io.taksit.application.port.in.InquireBill;
import io.taksit.application.port.in.PayBill;
import io.taksit.application.port.in.QuoteFees;
import io.taksit.application.port.out.FeeQuotes.QuotedFee;
import io.taksit.bootstrap.Taksit;
import io.taksit.sandbox.ProviderSandbox;
import io.taksit.domain.bill.Bill;
import io.taksit.domain.bill.Invoice;
import io.taksit.domain.error.AmountError;
import io.taksit.domain.fee.FeeQuote;
import io.taksit.domain.money.Money;
import io.taksit.domain.payment.Payment;
import io.taksit.domain.payment.PaymentStatus;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Set;

/**
 * Acts 1 to 5, one Takka installment bill from inquiry to an idempotent replay: inquire, offer an
 * amount off the step (refused before any provider call, with the amounts that would do), quote
 * the fee through Momkn's fee call, pay, and send the same payment request again.
 */
final class TakkaActs {

  /** Mona Adel Hassan: installment 4/12, 240.00 + 10.00 penalty. */
  static final String MONA = "1000000101";
  static final BigDecimal OFF_STEP = new BigDecimal("252.50");
  static final String IDEMPOTENCY_KEY = "demo-mona-1";
  /** What the act calls the biller: Momkn's service and its own name of it, "installments". */
  static final String SERVICE = "Momkn service 362 (أقساط)";

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'UTC'")
      .withZone(ZoneOffset.UTC);

  private final Taksit taksit;
  private final ProviderSandbox sandbox;
  private final Narration say;

  TakkaActs(DemoWorld world, Narration say) {
    this.taksit = world.taksit();
    this.sandbox = world.sandbox();
    this.say = say;
  }

  /** Plays acts 1 to 5. */
  void play() {
    Bill bill = inquire();
    refuseOffStep(bill);
    QuotedFee quote = quoteFee(bill);
    PayBill.Command command = new PayBill.Command(IDEMPOTENCY_KEY, bill.reference().value(),
        quote.quote().amount().amount(), "EGP", Set.of(1), quote.id(), null);
    Payment paid = pay(command);
    replay(command, paid);
  }

  private Bill inquire() {
    say.act(1, "Inquire a Takka installment bill: " + SERVICE + ", account " + MONA);
    Bill bill = expect(taksit.inquireBill().inquire(
        new InquireBill.Command(DemoBillers.TAKKA.value(), MONA, Map.of())), "the inquiry");
    say.fact(bill.customerName().getOrElse("The customer") + " owes " + money(bill.totalDue())
        + " under Brn " + bill.reference().value()
        + bill.expiresAt().map(at -> ", payable until " + TIME.format(at)).getOrElse(""));
    for (Invoice invoice : bill.invoices()) {
      say.fact(invoiceLine(bill, invoice, true));
    }
    return bill;
  }

  private void refuseOffStep(Bill bill) {
    say.act(2, "Offer " + Narration.amount(OFF_STEP) + " EGP, off the 5 EGP step: Taksit refuses"
        + " before calling Momkn");
    long requests = sandbox.requestCount();
    Either<Failure, QuotedFee> refused = taksit.quoteFees().quote(new QuoteFees.Command(
        bill.reference().value(), OFF_STEP, "EGP", Set.of(1)));
    if (!(refused.isLeft() && refused.getLeft() instanceof Failure.Refused refusal
        && refusal.error() instanceof AmountError.OffStep offStep)) {
      throw new ActFailed("an off-step refusal, got " + refused);
    }
    say.fact(offStep.code() + ": " + firstClause(offStep.message()));
    say.fact("suggested amounts: " + offStep.nearestAllowedBelow().map(Narration::money)
        .getOrElse("none") + " below, " + offStep.nearestAllowedAbove().map(Narration::money)
        .getOrElse("none") + " above; requests that reached the sandbox: "
        + (sandbox.requestCount() - requests));
  }

  private QuotedFee quoteFee(Bill bill) {
    Money due = bill.invoice(1).map(Invoice::amount).getOrElse(bill.totalDue());
    say.act(3, "Quote the fee for " + money(due) + " through Momkn's fee call");
    QuotedFee quoted = expect(taksit.quoteFees().quote(new QuoteFees.Command(
        bill.reference().value(), due.amount(), due.currencyCode(), Set.of(1))), "the fee quote");
    say.fact(feeLine(quoted) + " (quote " + shortId(quoted.id()) + ")");
    return quoted;
  }

  private Payment pay(PayBill.Command command) {
    say.act(4, "Pay " + Narration.amount(command.amount()) + " EGP, accepting that quote"
        + " (idempotency key " + command.idempotencyKey() + ")");
    Payment payment = expect(taksit.payBill().pay(command), "the payment");
    say.fact(Narration.payment(payment));
    check(payment.status() == PaymentStatus.SUCCEEDED, "SUCCEEDED, was " + payment.status());
    say.fact("sandbox ledger: " + Narration.charges(sandbox.ledger().count()) + ", under"
        + " hostTransactionID " + shortId(payment.id()));
    return payment;
  }

  private void replay(PayBill.Command command, Payment first) {
    say.act(5, "Send the very same request again (same idempotency key), as an unsure client"
        + " would");
    long requests = sandbox.requestCount();
    int charges = sandbox.ledger().count();
    Payment again = expect(taksit.payBill().pay(command), "the replay");
    check(again.id().equals(first.id()), "the same payment " + first.id() + ", got " + again.id());
    say.fact("the same payment " + shortId(again.id()) + ", " + again.status() + "; requests that"
        + " reached the sandbox: " + (sandbox.requestCount() - requests));
    say.fact("sandbox ledger: still " + Narration.charges(sandbox.ledger().count())
        + (sandbox.ledger().count() == charges ? " (unchanged)" : " (CHANGED)"));
    check(sandbox.ledger().count() == charges, "no new charge");
  }

  /**
   * "invoice 1: Installment 4/12, 250.00 EGP (installment 240.00 + penalty 10.00), due 2025-06-10",
   * the part in brackets only {@code withParts}.
   */
  static String invoiceLine(Bill bill, Invoice invoice, boolean withParts) {
    String prefix = "invoice." + invoice.sequence() + ".";
    String parts = !withParts ? "" : bill.data().get(prefix + "Installment")
        .flatMap(installment -> bill.data().get(prefix + "Penalty")
            .map(penalty -> " (installment " + installment + " + penalty " + penalty + ")"))
        .getOrElse("");
    return "invoice " + invoice.sequence() + ": "
        + (invoice.alias().isEmpty() ? "" : invoice.alias() + ", ") + money(invoice.amount())
        + parts + invoice.dueDate().map(date -> ", due " + date).getOrElse("");
  }

  /** "250.00 EGP + fee 4.50 EGP + tax 0.63 EGP = total 255.13 EGP". */
  static String feeLine(QuotedFee quoted) {
    FeeQuote fee = quoted.quote();
    return money(fee.amount()) + " + fee " + money(fee.fee()) + " + tax " + money(fee.tax())
        + (fee.discount().isZero() ? "" : " - discount " + money(fee.discount()))
        + " = total " + money(fee.total());
  }

  /** The refusal up to its list of suggestions, which the next line spells out. */
  private static String firstClause(String message) {
    int semicolon = message.indexOf(';');
    return semicolon < 0 ? message : message.substring(0, semicolon);
  }
}
