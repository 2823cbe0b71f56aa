package io.taksit.domain.payment;

import io.taksit.domain.error.PaymentError;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * The payment aggregate: the only place where a payment's status changes.
 *
 * <p>Which status each answer leads to is declared once, in {@link PaymentTransitions}, and
 * consulted by every method here (the README draws it). SUCCEEDED and DECLINED are terminal. UNKNOWN is never retried blindly: only a status answer
 * moves it. Every transition appends an event; an illegal one is a returned
 * {@link PaymentError.IllegalTransition}, never a silent no-op.
 *
 * <p>A status answer may also resolve CREATED: that is how a payment whose process died between
 * sending and recording the answer is finished by the reconciler.
 */
public final class Payment {

  private final PaymentId id;
  private final IdempotencyKey idempotencyKey;
  private final String requestFingerprint;
  private final PaymentDetails details;
  private final PaymentStatus status;
  private final List<Attempt> attempts;
  private final List<PaymentEvent> events;
  private final int statusChecks;
  private final Option<Instant> nextCheckAt;
  private final Option<String> reviewReason;
  private final long version;
  private final Instant createdAt;
  private final Instant updatedAt;

  private Payment(PaymentId id, IdempotencyKey idempotencyKey, String requestFingerprint,
      PaymentDetails details, PaymentStatus status, List<Attempt> attempts,
      List<PaymentEvent> events, int statusChecks, Option<Instant> nextCheckAt,
      Option<String> reviewReason, long version, Instant createdAt, Instant updatedAt) {
    this.id = Objects.requireNonNull(id, "id");
    this.idempotencyKey = Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    this.requestFingerprint = Objects.requireNonNull(requestFingerprint, "requestFingerprint");
    this.details = Objects.requireNonNull(details, "details");
    this.status = Objects.requireNonNull(status, "status");
    this.attempts = Objects.requireNonNull(attempts, "attempts");
    this.events = Objects.requireNonNull(events, "events");
    this.statusChecks = statusChecks;
    this.nextCheckAt = Objects.requireNonNull(nextCheckAt, "nextCheckAt");
    this.reviewReason = Objects.requireNonNull(reviewReason, "reviewReason");
    this.version = version;
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
  }

  /**
   * A new payment, recorded before the provider is called. It is due for a status check after the
   * schedule's first delay, so that a process dying mid-call leaves work for the reconciler.
   *
   * @param requestFingerprint a digest of the request, so a replay with a different request under
   *     the same idempotency key is recognised as a conflict
   */
  public static Payment create(PaymentId id, IdempotencyKey idempotencyKey,
      String requestFingerprint, PaymentDetails details, Instant now, CheckSchedule schedule) {
    return new Payment(id, idempotencyKey, requestFingerprint, details, PaymentStatus.CREATED,
        List.empty(), List.of(new PaymentEvent.Created(id, now)), 0, schedule.nextAfter(0, now),
        Option.none(), 0, now, now);
  }

  /**
   * A payment exactly as a repository stored it. For persistence adapters only: it trusts its
   * input, which was produced by this class's transitions.
   */
  public static Payment restore(PaymentId id, IdempotencyKey idempotencyKey,
      String requestFingerprint, PaymentDetails details, PaymentStatus status,
      List<Attempt> attempts, List<PaymentEvent> events, int statusChecks,
      Option<Instant> nextCheckAt, Option<String> reviewReason, long version, Instant createdAt,
      Instant updatedAt) {
    return new Payment(id, idempotencyKey, requestFingerprint, details, status, attempts, events,
        statusChecks, nextCheckAt, reviewReason, version, createdAt, updatedAt);
  }

  /** Records the answer to a payment call. Allowed only while CREATED (the call is in flight). */
  public Either<PaymentError, Payment> recordPayOutcome(PaymentOutcome outcome, Instant now,
      CheckSchedule schedule) {
    Option<PaymentStatus> moved =
        PaymentTransitions.next(status, PaymentTransitions.Answer.toPayCall(outcome.kind()));
    if (moved.isEmpty()) {
      return refuse("record a payment answer", "only a CREATED payment awaits one");
    }
    int number = attempts.size() + 1;
    PaymentStatus next = moved.get();
    Attempt attempt = new Attempt(number, number > 1, lastSentAt(), now, outcome.kind(),
        outcome.answer(), outcome.reason());
    PaymentEvent event = new PaymentEvent.OutcomeRecorded(id, now, status, next, number,
        outcome.kind(), outcome.reason());
    Option<Instant> nextCheck = next.isAwaitingResolution()
        ? schedule.nextAfter(0, now) : Option.none();
    return Either.right(new Payment(id, idempotencyKey, requestFingerprint, details, next,
        attempts.append(attempt), events.append(event), 0, nextCheck, Option.none(), version,
        createdAt, now));
  }

  /**
   * Sends a not-processed payment again: back to CREATED, the next attempt to be a retry with the
   * same de-duplication key. Refused from every other status: UNKNOWN in particular may already
   * have charged the customer.
   */
  public Either<PaymentError, Payment> retry(Instant now, CheckSchedule schedule) {
    Option<PaymentStatus> moved = PaymentTransitions.next(status, PaymentTransitions.Answer.RETRY);
    if (moved.isEmpty()) {
      return refuse("retry", "only a NOT_PROCESSED payment may be retried");
    }
    PaymentEvent event = new PaymentEvent.RetryStarted(id, now, status, moved.get(),
        attempts.size() + 1);
    return Either.right(new Payment(id, idempotencyKey, requestFingerprint, details,
        moved.get(), attempts, events.append(event), 0, schedule.nextAfter(0, now),
        Option.none(), version, createdAt, now));
  }

  /**
   * Applies the provider's answer to "what happened to this payment?". A conclusive answer moves
   * the payment; an inconclusive one (UNKNOWN, or PENDING again) schedules the next look, and when
   * the schedule runs out flags the payment for review while its status stays.
   */
  public Either<PaymentError, Payment> recordStatusAnswer(PaymentOutcome answer, Instant now,
      CheckSchedule schedule) {
    Option<PaymentStatus> moved =
        PaymentTransitions.next(status, PaymentTransitions.Answer.toStatusCheck(answer.kind()));
    if (moved.isEmpty()) {
      return refuse("apply a status answer", "only CREATED, PENDING or UNKNOWN payments await one");
    }
    if (answer instanceof PaymentOutcome.Unknown unknown && !unknown.asked()) {
      return Either.right(checkNotMade(now, schedule));
    }
    int check = statusChecks + 1;
    PaymentStatus next = moved.get();
    List<PaymentEvent> appended = events.append(new PaymentEvent.StatusChecked(id, now, status,
        next, check, answer.kind(), answer.reason()));
    Option<Instant> nextCheck = Option.none();
    Option<String> review = Option.none();
    if (next.isAwaitingResolution()) {
      nextCheck = schedule.nextAfter(check, now);
      if (nextCheck.isEmpty()) {
        review = Option.some("no conclusive status after " + check + " checks; last: "
            + answer.reason());
        appended = appended.append(new PaymentEvent.FlaggedForReview(id, now, next, review.get()));
      }
    }
    return Either.right(new Payment(id, idempotencyKey, requestFingerprint, details, next,
        attempts, appended, check, nextCheck, review, version, createdAt, now));
  }

  /**
   * A check that never reached the provider is not a check: the count stays, the same check is
   * due again after its own delay, and nothing is recorded as an answer. A payment already out of
   * scheduled checks (flagged for review) keeps its state.
   */
  private Payment checkNotMade(Instant now, CheckSchedule schedule) {
    Option<Instant> again = schedule.nextAfter(statusChecks, now);
    if (again.isEmpty() || reviewReason.isDefined()) {
      return this;
    }
    return new Payment(id, idempotencyKey, requestFingerprint, details, status, attempts, events,
        statusChecks, again, reviewReason, version, createdAt, now);
  }

  /**
   * An operator settles the payment as {@code outcome} (SUCCEEDED or DECLINED) where no provider
   * answer could: allowed only for a payment flagged for review, or still UNKNOWN; a SUCCEEDED or
   * DECLINED payment never changes, and a CREATED, PENDING or NOT_PROCESSED one still has a way
   * out through its provider (the reconciler, a retry).
   */
  public Either<PaymentError, Payment> resolve(PaymentStatus outcome,
      OperatorResolution resolution, Instant now) {
    java.util.Objects.requireNonNull(resolution, "resolution");
    Option<PaymentTransitions.Answer> settled = PaymentTransitions.Answer.settledAs(outcome);
    if (settled.isEmpty()) {
      return refuse("resolve", "an operator settles a payment as SUCCEEDED or DECLINED only");
    }
    if (status.isTerminal()) {
      return refuse("resolve", "a SUCCEEDED or DECLINED payment never changes");
    }
    Option<PaymentStatus> moved = status == PaymentStatus.UNKNOWN || needsReview()
        ? PaymentTransitions.next(status, settled.get()) : Option.none();
    if (moved.isEmpty()) {
      return refuse("resolve", "only a payment flagged for review or UNKNOWN is settled by hand;"
          + " this one still has a way out through its provider");
    }
    PaymentEvent event = new PaymentEvent.Resolved(id, now, status, moved.get(), resolution);
    return Either.right(new Payment(id, idempotencyKey, requestFingerprint, details, moved.get(),
        attempts, events.append(event), statusChecks, Option.none(), Option.none(), version,
        createdAt, now));
  }

  /** The same payment as stored under a new optimistic-lock version. For repositories. */
  public Payment withVersion(long newVersion) {
    return new Payment(id, idempotencyKey, requestFingerprint, details, status, attempts, events,
        statusChecks, nextCheckAt, reviewReason, newVersion, createdAt, updatedAt);
  }

  /** Events added since {@code earlier}, an older state of this same payment. */
  public List<PaymentEvent> eventsSince(Payment earlier) {
    return events.drop(earlier.events.size());
  }

  private Instant lastSentAt() {
    return events.reverse()
        .find(e -> e instanceof PaymentEvent.Created || e instanceof PaymentEvent.RetryStarted)
        .map(PaymentEvent::at).getOrElse(createdAt);
  }

  private <T> Either<PaymentError, T> refuse(String action, String rule) {
    return Either.left(new PaymentError.IllegalTransition(id.value(), status.name(), action, rule));
  }

  public PaymentId id() { return id; }

  public IdempotencyKey idempotencyKey() { return idempotencyKey; }

  public String requestFingerprint() { return requestFingerprint; }

  public PaymentDetails details() { return details; }

  public PaymentStatus status() { return status; }

  /** Answered payment calls, oldest first; only ever appended to. */
  public List<Attempt> attempts() { return attempts; }

  /** Every event since creation, oldest first; only ever appended to. */
  public List<PaymentEvent> events() { return events; }

  /** Status checks since the last payment call. */
  public int statusChecks() { return statusChecks; }

  /** When the reconciler should next ask the provider; none when nothing is awaited. */
  public Option<Instant> nextCheckAt() { return nextCheckAt; }

  /** Why a person must look at this payment (NEEDS_REVIEW); none while checks continue. */
  public Option<String> reviewReason() { return reviewReason; }

  public boolean needsReview() { return reviewReason.isDefined(); }

  /** Optimistic-lock version, set by the repository. */
  public long version() { return version; }

  public Instant createdAt() { return createdAt; }

  public Instant updatedAt() { return updatedAt; }

  /** The attempt about to be sent (or in flight) is a retry: send the provider's retry flag. */
  public boolean nextAttemptIsRetry() { return !attempts.isEmpty(); }

  @Override
  public boolean equals(Object o) {
    return o instanceof Payment other && id.equals(other.id) && version == other.version
        && status == other.status && events.equals(other.events) && attempts.equals(other.attempts)
        && details.equals(other.details) && idempotencyKey.equals(other.idempotencyKey)
        && requestFingerprint.equals(other.requestFingerprint)
        && statusChecks == other.statusChecks && nextCheckAt.equals(other.nextCheckAt)
        && reviewReason.equals(other.reviewReason) && createdAt.equals(other.createdAt)
        && updatedAt.equals(other.updatedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, version, status);
  }

  @Override
  public String toString() {
    return "Payment[" + id + " " + status + " " + details.amount() + " to " + details.billerId()
        + " account " + details.account() + ", attempts " + attempts.size() + ", v" + version + "]";
  }
}
