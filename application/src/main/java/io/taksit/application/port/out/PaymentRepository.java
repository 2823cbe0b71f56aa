package io.taksit.application.port.out;

import io.taksit.domain.payment.IdempotencyKey;
import io.taksit.domain.payment.Payment;
import io.taksit.domain.payment.PaymentId;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;

/**
 * Where payments live. Concurrency is settled here, not by the callers: the idempotency key is
 * unique (a second insert answers with the first payment), and updates are optimistic.
 *
 * <p>Every implementation passes the abstract contract test {@code PaymentRepositoryContract}
 * published in the application's test-jar.
 */
public interface PaymentRepository {

  /**
   * Stores a new payment (version 0) unless its idempotency key is taken, atomically: two
   * concurrent calls with one key store exactly one payment. Likewise one bill (biller + bill
   * reference) has at most one payment that is not DECLINED: a second is refused with
   * {@link SaveOutcome.BillTaken}, so two host instances cannot both charge a bill. The key wins
   * when both are taken.
   */
  SaveOutcome saveNew(Payment payment);

  /**
   * Replaces the stored payment if its version is still {@code changed.version()}; the stored
   * copy gets version + 1 and is returned. The payment's new events and attempts are appended.
   */
  Either<VersionConflict, Payment> update(Payment changed);

  Option<Payment> findById(PaymentId id);

  Option<Payment> findByIdempotencyKey(IdempotencyKey key);

  /**
   * Hands out up to {@code limit} payments awaiting resolution whose next check is due at
   * {@code now}, oldest due first, each to one caller only: a claimed payment is not handed out
   * again until {@code now + lease}, so that a claimer that dies releases it by doing nothing.
   */
  List<Payment> claimDue(Instant now, int limit, Duration lease);

  /**
   * The argument checks every {@link #claimDue} implementation starts with: a missing instant, a
   * limit below one or a lease that is not positive is a programming error.
   */
  static void requireValidClaim(Instant now, int limit, Duration lease) {
    java.util.Objects.requireNonNull(now, "now");
    java.util.Objects.requireNonNull(lease, "lease");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive, was " + limit);
    }
    if (lease.isNegative() || lease.isZero()) {
      throw new IllegalArgumentException("lease must be positive, was " + lease);
    }
  }

  List<Payment> find(PaymentQuery query);

  /**
   * How many payments match {@code query}'s criteria, its limit ignored: for backlog figures
   * (metrics), without loading the payments.
   */
  long count(PaymentQuery query);
}
