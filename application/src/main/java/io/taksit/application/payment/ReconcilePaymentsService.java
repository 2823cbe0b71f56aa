package io.taksit.application.payment;

import io.taksit.application.failure.Failure;
import io.taksit.application.port.in.ReconcilePayments;
import io.taksit.domain.payment.Payment;
import io.taksit.domain.payment.PaymentEvent;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.Objects;

/**
 * One reconciliation pass (Kill Bill's janitor): claims the payments due for a check, so that
 * several host instances never ask about the same payment at once, asks each provider, and
 * applies the answers. A payment whose provider cannot be reached keeps its claim until the lease
 * runs out and is then due again.
 */
public final class ReconcilePaymentsService implements ReconcilePayments {

  private final PaymentContext context;
  private final Duration lease;

  /**
   * @param lease how long a claimed payment is reserved for this pass; longer than a status call
   *     can take (the gateway deadline), so no other instance checks it meanwhile
   */
  public ReconcilePaymentsService(PaymentContext context, Duration lease) {
    this.context = Objects.requireNonNull(context, "context");
    this.lease = Objects.requireNonNull(lease, "lease");
  }

  @Override
  public Either<Failure, Report> reconcile(Command command) {
    return context.validator().validate(command).map(valid -> new Report(
        context.payments().claimDue(valid.now(), valid.batchSize(), lease)
            .map(payment -> check(payment, valid))));
  }

  private Checked check(Payment payment, Command command) {
    Either<Failure, Payment> resolved;
    try {
      resolved = PaymentLookup.biller(context, payment)
          .flatMap(biller -> context.gateways().requireBillingFor(biller)
              .flatMap(gateway -> StatusResolution.resolve(context, payment, biller, gateway,
                  command.now())));
    } catch (RuntimeException storageBroken) {
      // One payment's broken write must not stop the pass; its claim lapses and it is due again.
      return new Checked(payment.id(), payment.status(), payment.status(), false,
          "could not store the answer: " + storageBroken.getClass().getSimpleName());
    }
    if (resolved.isLeft()) {
      return new Checked(payment.id(), payment.status(), payment.status(), false,
          resolved.getLeft().message());
    }
    Payment after = resolved.get();
    return new Checked(payment.id(), payment.status(), after.status(), after.needsReview(),
        after.reviewReason().getOrElse(() -> lastNote(after)));
  }

  private static String lastNote(Payment payment) {
    return payment.events().last() instanceof PaymentEvent.StatusChecked checked
        ? "status answer " + checked.answer() + ": " + checked.reason()
        : "";
  }
}
