package io.taksit.application.port.out;

import io.vavr.collection.List;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The store side of the transactional outbox. Every payment event a {@link PaymentRepository}
 * stores gets an entry here in the same transaction, so an event can no more be lost than the
 * change it describes; the relay then hands entries to the host's {@link PaymentEventHandler}
 * and records here how that went.
 *
 * <p>An entry is pending (to deliver, perhaps after failures), delivered or dead (parked after
 * its last allowed failure). Order per payment is the store's promise, not the relay's: a claim
 * only hands out an entry whose every earlier entry of the same payment is delivered (or pruned
 * after delivery), so while entry n of a payment is pending, leased, failing or dead, no claimer
 * on any instance receives entry n + 1.
 *
 * <p>Marks are fenced by the claimer: they apply only to a pending entry the caller claimed and
 * nobody claimed since (a claimer whose lease ran out and was overtaken learns it from a
 * {@code false}). Every implementation passes {@code OutboxContract} from the application's
 * test-jar.
 */
public interface PaymentOutbox {

  /** The longest claimer id a store keeps. */
  int MAX_CLAIMER_LENGTH = 128;
  /** The longest error text a store keeps; longer text is a programming error. */
  int MAX_ERROR_LENGTH = 1000;

  /**
   * Up to {@code limit} pending entries due at {@code now} (never delivered, or failed and past
   * their backoff) that no live lease holds and whose payment has no earlier undelivered entry,
   * oldest due first, leased to {@code claimer} until {@code now + lease}. A claimer that dies
   * releases its entries by doing nothing: they are due again when the lease ends.
   */
  List<OutboxEntry> claimDue(Instant now, int limit, Duration lease, String claimer);

  /** Records that {@code claimer} delivered the entry; false if the claim was not its own. */
  boolean markDelivered(EventId id, String claimer, Instant at);

  /**
   * Records a failed delivery: one more attempt, due again at {@code nextAttemptAt}, with
   * {@code error} as the last error; false if the claim was not {@code claimer}'s own.
   */
  boolean markFailed(EventId id, String claimer, Instant nextAttemptAt, String error);

  /**
   * Records a last failed delivery and parks the entry as a dead letter, with {@code error} as
   * its last error; false if the claim was not {@code claimer}'s own.
   */
  boolean markDead(EventId id, String claimer, Instant at, String error);

  /** Up to {@code limit} dead letters, first parked first. */
  List<DeadLetter> deadLetters(int limit);

  /**
   * Puts a dead letter back to pending, due at {@code now}, with a fresh count of attempts; false
   * if {@code id} is not a dead letter.
   */
  boolean replay(EventId id, Instant now);

  /** {@link #replay} for every dead letter; answers how many were put back. */
  int replayAll(Instant now);

  /**
   * Deletes up to {@code limit} entries delivered before {@code deliveredBefore} and answers how
   * many; pending and dead entries are never deleted. The events themselves stay in their
   * payments' history.
   */
  int pruneDelivered(Instant deliveredBefore, int limit);

  OutboxCounts counts();

  /**
   * The argument checks every {@link #claimDue} implementation starts with: a missing instant or
   * claimer, a limit below one, a lease that is not positive or a blank or overlong claimer is a
   * programming error.
   */
  static void requireValidClaim(Instant now, int limit, Duration lease, String claimer) {
    PaymentRepository.requireValidClaim(now, limit, lease);
    requireClaimer(claimer);
  }

  /** The claimer checks of {@link #requireValidClaim}, for the marks. */
  static String requireClaimer(String claimer) {
    Objects.requireNonNull(claimer, "claimer");
    if (claimer.isBlank() || claimer.length() > MAX_CLAIMER_LENGTH) {
      throw new IllegalArgumentException("claimer must be 1 to " + MAX_CLAIMER_LENGTH
          + " characters, not blank");
    }
    return claimer;
  }

  /** The checks of a mark's error text: present and at most {@link #MAX_ERROR_LENGTH} long. */
  static String requireError(String error) {
    Objects.requireNonNull(error, "error");
    if (error.length() > MAX_ERROR_LENGTH) {
      throw new IllegalArgumentException("error text longer than " + MAX_ERROR_LENGTH);
    }
    return error;
  }

  /** The check of a prune's or a listing's limit: at least one. */
  static int requireLimit(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive, was " + limit);
    }
    return limit;
  }
}
