package io.taksit.cli.demo;

import static io.taksit.cli.demo.ActFailed.check;
import static io.taksit.cli.demo.ActFailed.expect;
import static io.taksit.cli.demo.Narration.money;
import static io.taksit.cli.demo.Narration.shortId;

import io.taksit.application.port.in.GetPayment;
import io.taksit.application.port.in.ReconcilePayments;
import io.taksit.bootstrap.Taksit;
import io.taksit.sandbox.Fault;
import io.taksit.sandbox.FaultPlan;
import io.taksit.sandbox.ProviderSandbox;
import io.taksit.sandbox.SandboxOperation;
import io.taksit.domain.payment.Payment;
import io.taksit.domain.payment.PaymentStatus;
import java.time.Duration;

/**
 * Act 6, the case the library exists for: Momkn charges the payment, then the connection drops
 * before its answer arrives (the sandbox's {@link Fault#chargeThenDrop()}). Taksit records
 * UNKNOWN and never sends the payment again; the reconciler, once the first check is due, asks
 * Momkn's status call and learns it succeeded. One charge, one SUCCEEDED payment.
 */
final class LostAnswerAct {

  /** Karim Samir Fawzy: installments 7 (155.00, 35 days late) and 8 (150.00). */
  static final String KARIM = "1000000102";
  static final String IDEMPOTENCY_KEY = "demo-karim-1";

  /** The reconciler's first look at a payment comes this long after its answer (CheckSchedule). */
  private static final Duration FIRST_CHECK = Duration.ofMinutes(1);

  private final Taksit taksit;
  private final ProviderSandbox sandbox;
  private final DemoClock clock;
  private final Narration say;

  LostAnswerAct(DemoWorld world, Narration say) {
    this.taksit = world.taksit();
    this.sandbox = world.sandbox();
    this.clock = world.clock();
    this.say = say;
  }

  void play() {
    say.act(6, "Pay a bill while Momkn's answer is lost: the sandbox charges, then drops the"
        + " connection");
    BillPayer.Prepared prepared = new BillPayer(taksit).prepare(DemoBillers.TAKKA, KARIM);
    say.fact(prepared.bill().customerName().getOrElse(KARIM) + ", Brn "
        + prepared.bill().reference().value() + ", "
        + TakkaActs.invoiceLine(prepared.bill(), prepared.invoice(), false));
    sandbox.faults(FaultPlan.scripted()
        .next(DemoBillers.MOMKN, SandboxOperation.PAY, Fault.chargeThenDrop()));
    Payment lost;
    try {
      lost = new BillPayer(taksit).pay(IDEMPOTENCY_KEY, prepared);
    } finally {
      sandbox.faults(FaultPlan.none());
    }
    say.fact("payment " + shortId(lost.id()) + "  " + lost.status()
        + ", never re-sent blindly: the money may have moved");
    say.fact("why: " + lost.attempts().last().reason());
    check(lost.status() == PaymentStatus.UNKNOWN, "UNKNOWN, was " + lost.status());
    say.fact("sandbox ledger: " + Narration.charges(chargesOf(lost))
        + " under its id (the money did move)");

    clock.advance(FIRST_CHECK);
    ReconcilePayments.Report report = expect(taksit.reconcilePayments().reconcile(
        new ReconcilePayments.Command(clock.instant(), 100)), "the reconciliation");
    ReconcilePayments.Checked checked = report.checked()
        .find(c -> c.paymentId().equals(lost.id()))
        .getOrElseThrow(() -> new ActFailed("the reconciler to check payment " + lost.id()));
    Payment resolved = expect(taksit.getPayment().get(new GetPayment.Query(lost.id().value())),
        "reading the payment back");
    say.fact("reconciler (demo clock +1 min) asks Momkn's status call: " + checked.note());
    say.fact("payment " + shortId(resolved.id()) + "  " + checked.before() + " -> "
        + resolved.status() + "  " + money(resolved.details().amount())
        + "; sandbox ledger: still " + Narration.charges(chargesOf(resolved)) + " for it");
    check(resolved.status() == PaymentStatus.SUCCEEDED, "SUCCEEDED, was " + resolved.status());
  }

  private int chargesOf(Payment payment) {
    return LedgerCheck.chargesUnder(sandbox.ledger(), DemoBillers.MOMKN, payment.id().value());
  }
}
