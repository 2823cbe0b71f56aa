package io.taksit.cli.demo;

import static io.taksit.cli.demo.ActFailed.check;
import static io.taksit.cli.demo.ActFailed.expect;
import static io.taksit.cli.demo.Narration.shortId;

import io.taksit.adapters.http.support.Sleeper;
import io.taksit.application.port.in.RetryPayment;
import io.taksit.bootstrap.Taksit;
import io.taksit.sandbox.Fault;
import io.taksit.sandbox.FaultPlan;
import io.taksit.sandbox.ProviderSandbox;
import io.taksit.sandbox.SandboxOperation;
import io.taksit.domain.payment.Attempt;
import io.taksit.domain.payment.Payment;
import io.taksit.domain.payment.PaymentStatus;
import java.time.Duration;

/**
 * Act 7: Momkn throttles the payment (HTTP 429 with {@code Retry-After}) before processing it, so
 * Taksit knows it was never applied: NOT_PROCESSED, the one status a payment may be retried from.
 * After the wait asked for, the retry goes out with {@code isRetry: true} and the same
 * {@code hostTransactionID}, and succeeds.
 */
final class ThrottledAct {

  /** Youssef Nabil Ibrahim: installment 10/24, 1,250.00. */
  static final String YOUSSEF = "1000000104";
  static final String IDEMPOTENCY_KEY = "demo-youssef-1";
  static final Duration RETRY_AFTER = Duration.ofSeconds(1);

  private final Taksit taksit;
  private final ProviderSandbox sandbox;
  private final Narration say;
  private final Sleeper sleeper;

  ThrottledAct(DemoWorld world, Narration say, Sleeper sleeper) {
    this.taksit = world.taksit();
    this.sandbox = world.sandbox();
    this.say = say;
    this.sleeper = sleeper;
  }

  void play() {
    say.act(7, "Pay a bill while Momkn throttles: HTTP 429, Retry-After "
        + RETRY_AFTER.toSeconds() + " s, nothing processed");
    BillPayer payer = new BillPayer(taksit);
    BillPayer.Prepared prepared = payer.prepare(DemoBillers.TAKKA, YOUSSEF);
    say.fact(prepared.bill().customerName().getOrElse(YOUSSEF) + ", Brn "
        + prepared.bill().reference().value() + ", "
        + TakkaActs.invoiceLine(prepared.bill(), prepared.invoice(), false));
    sandbox.faults(FaultPlan.scripted()
        .next(DemoBillers.MOMKN, SandboxOperation.PAY, Fault.tooManyRequests(RETRY_AFTER)));
    Payment throttled;
    try {
      throttled = payer.pay(IDEMPOTENCY_KEY, prepared);
    } finally {
      sandbox.faults(FaultPlan.none());
    }
    Attempt refused = throttled.attempts().last();
    say.fact("payment " + shortId(throttled.id()) + "  " + throttled.status() + "  "
        + "HTTP 429" + refused.answer().code().map(code -> ", Momkn code " + code).getOrElse("")
        + ", nothing charged (sandbox"
        + " ledger: " + Narration.charges(chargesOf(throttled)) + " for it)");
    refused.answer().message().forEach(said -> say.fact("Momkn: " + said));
    check(throttled.status() == PaymentStatus.NOT_PROCESSED,
        "NOT_PROCESSED, was " + throttled.status());
    check(chargesOf(throttled) == 0, "no charge yet");

    pause(RETRY_AFTER);
    Payment retried = expect(taksit.retryPayment().retry(
        new RetryPayment.Command(throttled.id().value())), "the retry");
    say.fact("waited " + RETRY_AFTER.toSeconds() + " s, retried with isRetry=true and the same"
        + " hostTransactionID " + shortId(retried.id()));
    say.fact(Narration.payment(retried) + ", attempt " + retried.attempts().size());
    say.fact("sandbox ledger: " + Narration.charges(chargesOf(retried)) + " under "
        + shortId(retried.id()) + ", the key both attempts carried");
    check(retried.status() == PaymentStatus.SUCCEEDED, "SUCCEEDED, was " + retried.status());
  }

  private int chargesOf(Payment payment) {
    return LedgerCheck.chargesUnder(sandbox.ledger(), DemoBillers.MOMKN, payment.id().value());
  }

  private void pause(Duration wait) {
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new ActFailed("the wait before the retry was interrupted");
    }
  }
}
