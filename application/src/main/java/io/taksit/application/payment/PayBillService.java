package io.taksit.application.payment;

import io.taksit.application.bill.BillRules;
import io.taksit.application.bill.FeeQuoting;
import io.taksit.application.failure.Failure;
import io.taksit.application.failure.Failures;
import io.taksit.application.port.in.PayBill;
import io.taksit.application.port.out.BillingGateway;
import io.taksit.application.port.out.FeeQuotes;
import io.taksit.application.port.out.IdGenerator;
import io.taksit.application.port.out.InquiredBills;
import io.taksit.application.port.out.SaveOutcome;
import io.taksit.domain.bill.AllowedPayment;
import io.taksit.domain.bill.Bill;
import io.taksit.domain.bill.BillReference;
import io.taksit.domain.bill.Biller;
import io.taksit.domain.fee.FeeQuote;
import io.taksit.domain.money.Currencies;
import io.taksit.domain.money.Money;
import io.taksit.domain.payment.IdempotencyKey;
import io.taksit.domain.payment.Payment;
import io.taksit.domain.payment.PaymentDetails;
import io.taksit.domain.payment.PaymentOutcome;
import io.taksit.domain.payment.PaymentStatus;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * Pays a bill at most once per idempotency key.
 *
 * <p>The order of steps is the promise: validate everything and check every rule first (no
 * provider call for a bad request); record the payment as CREATED, which the repository accepts
 * only once per key; only the caller whose insert won calls the provider; then record the answer.
 * If the answer cannot be recorded the payment stays CREATED in storage, due for a status check,
 * and the caller is told the outcome is unknown.
 */
public final class PayBillService implements PayBill {

  private final PaymentContext context;
  private final InquiredBills bills;
  private final FeeQuotes feeQuotes;
  private final FeeQuoting feeQuoting;
  private final IdGenerator ids;

  public PayBillService(PaymentContext context, InquiredBills bills, FeeQuotes feeQuotes,
      FeeQuoting feeQuoting, IdGenerator ids) {
    this.context = Objects.requireNonNull(context, "context");
    this.bills = Objects.requireNonNull(bills, "bills");
    this.feeQuotes = Objects.requireNonNull(feeQuotes, "feeQuotes");
    this.feeQuoting = Objects.requireNonNull(feeQuoting, "feeQuoting");
    this.ids = Objects.requireNonNull(ids, "ids");
  }

  @Override
  public Either<Failure, Payment> pay(Command command) {
    return context.validator().validate(command).flatMap(valid -> {
      String fingerprint = RequestFingerprint.of(valid);
      return IdempotencyKey.of(valid.idempotencyKey())
          .<Failure>mapLeft(e -> Failures.fromInput("idempotencyKey", e))
          .flatMap(key -> valid.feeQuoteId() != null
              ? payNewOrReplay(valid, key, fingerprint)
              : context.payments().findByIdempotencyKey(key)
                  .map(existing -> replay(existing, key, fingerprint))
                  .getOrElse(() -> payNew(valid, key, fingerprint)));
    });
  }

  /**
   * A payment that names its fee quote, with no read by key first: the repository's insert
   * refuses a repeated key ({@link SaveOutcome.KeyTaken}), and that is the replay. Saves a round
   * trip per payment (issue 14). It is safe only because preparing such a payment asks no
   * provider anything (the bill and the quote are read from storage), so a repeated key still
   * calls nothing. Without a quote id the fee is quoted again, which may ask the provider, so
   * that path reads the key first.
   *
   * <p>A repeated key whose preparation fails (its bill or quote was forgotten since, or the bill
   * expired) is still a replay: the key is looked up before the failure is returned.
   */
  private Either<Failure, Payment> payNewOrReplay(Command command, IdempotencyKey key,
      String fingerprint) {
    Instant now = context.clock().instant();
    Either<Failure, Prepared> prepared = prepare(command, now);
    if (prepared.isLeft()) {
      return context.payments().findByIdempotencyKey(key)
          .map(existing -> replay(existing, key, fingerprint))
          .getOrElse(() -> Either.left(prepared.getLeft()));
    }
    return insertAndSend(prepared.get(), key, fingerprint, now);
  }

  /** A repeated key: the same request gets the same payment, with no provider call. */
  private static Either<Failure, Payment> replay(Payment existing, IdempotencyKey key,
      String fingerprint) {
    return existing.requestFingerprint().equals(fingerprint)
        ? Either.right(existing)
        : Either.left(new Failure.IdempotencyConflict(key.value(), existing.id().value()));
  }

  private Either<Failure, Payment> payNew(Command command, IdempotencyKey key, String fingerprint) {
    Instant now = context.clock().instant();
    return prepare(command, now).flatMap(prepared -> insertAndSend(prepared, key, fingerprint,
        now));
  }

  /** Records the payment as CREATED and, if this caller's insert won, sends it. */
  private Either<Failure, Payment> insertAndSend(Prepared prepared, IdempotencyKey key,
      String fingerprint, Instant now) {
    // No read of the bill's other payments first: the repository's insert refuses a second live
    // payment of a bill (SaveOutcome.BillTaken), which a read could only answer earlier.
    Payment created = Payment.create(ids.newPaymentId(), key, fingerprint, prepared.details(),
        now, context.sendingSchedule());
    SaveOutcome saved = context.payments().saveNew(created);
    if (saved instanceof SaveOutcome.KeyTaken taken) {
      // Another caller won the insert for this key: it alone calls the provider.
      return replay(taken.existing(), key, fingerprint);
    }
    if (saved instanceof SaveOutcome.BillTaken taken) {
      // Another key's payment of this bill won the insert after both passed the check above.
      return Either.left(alreadyPaid(taken.existing()));
    }
    Payment stored = ((SaveOutcome.Inserted) saved).payment();
    context.recorder().publish(stored.events());
    return send(stored, prepared.biller(), prepared.gateway(), Option.some(prepared.bill()));
  }

  /** Sends the payment's current attempt and records the answer. Shared with retries. */
  Either<Failure, Payment> send(Payment stored, Biller biller, BillingGateway gateway) {
    return send(stored, biller, gateway, bills.find(stored.details().billReference()));
  }

  /** Like {@link #send(Payment, Biller, BillingGateway)}, with the bill already read. */
  private Either<Failure, Payment> send(Payment stored, Biller biller, BillingGateway gateway,
      Option<Bill> bill) {
    PaymentDetails details = stored.details();
    BillingGateway.PayRequest request = new BillingGateway.PayRequest(stored.id(), biller,
        details.account(), details.billReference(), details.amount(), details.invoices(),
        details.feeQuote(), stored.nextAttemptIsRetry() && gateway.capabilities().retryFlag(),
        bill);
    PaymentOutcome outcome = context.calls().moneyCall(() -> gateway.pay(request));
    try {
      return context.recorder().apply(stored,
          p -> p.recordPayOutcome(outcome, context.clock().instant(), context.schedule()))
          .orElse(() -> alreadyResolved(stored));
    } catch (RuntimeException storageBroken) {
      return Either.left(new Failure.OutcomeNotRecorded(stored.id().value(), outcome.kind(),
          "storage failed: " + storageBroken.getClass().getSimpleName()));
    }
  }

  /**
   * The answer could not be applied because the payment is no longer CREATED: a status check got
   * there first (the call outlived its first check time). What is stored is the truth.
   */
  private Either<Failure, Payment> alreadyResolved(Payment stored) {
    return context.payments().findById(stored.id())
        .filter(p -> p.status() != PaymentStatus.CREATED)
        .<Either<Failure, Payment>>map(Either::right)
        .getOrElse(() -> Either.left(new Failure.ConcurrentUpdate(stored.id().value())));
  }

  private Either<Failure, Prepared> prepare(Command command, Instant now) {
    Either<Failure, BillReference> reference = BillReference.of(command.billReference())
        .mapLeft(e -> Failures.fromInput("billReference", e));
    Either<Failure, Money> amount = Currencies.of(command.currency())
        .mapLeft(e -> Failures.fromInput("currency", e))
        .flatMap(currency -> Money.of(command.amount(), currency)
            .mapLeft(e -> Failures.fromInput("amount", e)));
    SortedSet<Integer> invoices = TreeSet.ofAll(command.invoices());
    return reference.flatMap(ref -> amount.flatMap(money -> bills.find(ref)
        .<Either<Failure, Bill>>map(Either::right)
        .getOrElse(() -> Either.left(new Failure.NotFound("bill", ref.value() + " (inquire first)")))
        .flatMap(bill -> BillRules.billerOf(context.catalog(), bill)
            .flatMap(biller -> BillRules.check(biller, bill, money, invoices, now)
                .flatMap(allowed -> acceptedFee(command, biller, bill, allowed)
                    .flatMap(fee -> context.gateways().requireBillingFor(biller).map(gateway -> new Prepared(biller, gateway,
                        bill, new PaymentDetails(biller.id(), biller.provider(), bill.account(),
                            ref, money, TreeSet.ofAll(allowed.invoices().map(i -> i.sequence())),
                            Option.some(fee))))))))));
  }

  private static Failure alreadyPaid(Payment live) {
    return new Failure.BillAlreadyPaid(live.details().billReference().value(), live.id().value(),
        live.status().name());
  }

  /** The fee the customer accepted: by quote id, or by total, which must match today's quote. */
  private Either<Failure, FeeQuote> acceptedFee(Command command, Biller biller, Bill bill,
      AllowedPayment allowed) {
    SortedSet<Integer> invoices = TreeSet.ofAll(allowed.invoices().map(i -> i.sequence()));
    if (command.feeQuoteId() != null) {
      return feeQuotes.find(command.feeQuoteId())
          .filter(q -> q.billReference().equals(bill.reference())
              && q.quote().amount().equals(allowed.amount()))
          .<Either<Failure, FeeQuote>>map(q -> Either.right(q.quote()))
          .getOrElse(() -> Either.left(new Failure.NotFound("fee quote",
              command.feeQuoteId() + " for this bill and amount")));
    }
    return feeQuoting.quote(biller, bill, allowed.amount(), invoices).flatMap(current ->
        current.total().amount().compareTo(command.acceptedTotal()) == 0
            ? Either.right(current)
            : Either.left(new Failure.FeeChanged(command.acceptedTotal().toPlainString() + " "
                + current.total().currencyCode(), current.total().toString())));
  }

  private record Prepared(Biller biller, BillingGateway gateway, Bill bill,
      PaymentDetails details) {}
}
