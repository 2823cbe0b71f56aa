package io.taksit.application.payment;

import io.taksit.application.failure.Failure;
import io.taksit.application.failure.Failures;
import io.taksit.application.port.out.PaymentEvents;
import io.taksit.application.port.out.PaymentRepository;
import io.taksit.application.port.out.VersionConflict;
import io.taksit.domain.error.PaymentError;
import io.taksit.domain.payment.Payment;
import io.taksit.domain.payment.PaymentEvent;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.util.Objects;
import java.util.function.Function;

/**
 * Applies a state transition to a payment and stores it under optimistic locking. A lost race is
 * settled by re-reading and applying the transition again to what is now stored: if the
 * transition is no longer allowed (another caller resolved the payment first), that refusal is
 * the answer. Stored changes' events go to the host's {@link PaymentEvents}.
 */
final class PaymentRecorder {

  private static final int ATTEMPTS = 3;

  private final PaymentRepository payments;
  private final PaymentEvents events;

  PaymentRecorder(PaymentRepository payments, PaymentEvents events) {
    this.payments = Objects.requireNonNull(payments, "payments");
    this.events = Objects.requireNonNull(events, "events");
  }

  /**
   * The stored payment after {@code transition}, or why not.
   *
   * @throws RuntimeException when the repository itself is broken: the caller decides what that
   *     means at its point of the flow
   */
  Either<Failure, Payment> apply(Payment current,
      Function<Payment, Either<PaymentError, Payment>> transition) {
    Payment base = current;
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      Either<PaymentError, Payment> changed = transition.apply(base);
      if (changed.isLeft()) {
        return Either.left(Failures.refused(changed.getLeft()));
      }
      Either<VersionConflict, Payment> stored = payments.update(changed.get());
      if (stored.isRight()) {
        publish(stored.get().eventsSince(base));
        return Either.right(stored.get());
      }
      var reread = payments.findById(base.id());
      if (reread.isEmpty()) {
        return Either.left(new Failure.NotFound("payment", base.id().value()));
      }
      base = reread.get();
    }
    return Either.left(new Failure.ConcurrentUpdate(current.id().value()));
  }

  /** Hands events to the host; a failing host sink does not undo what is stored. */
  void publish(List<PaymentEvent> newEvents) {
    if (newEvents.isEmpty()) {
      return;
    }
    try {
      events.publish(newEvents);
    } catch (RuntimeException sinkFailed) {
      // The change is stored and its events are in the payment's own history; the host's sink
      // is best effort by contract (see PaymentEvents).
    }
  }
}
