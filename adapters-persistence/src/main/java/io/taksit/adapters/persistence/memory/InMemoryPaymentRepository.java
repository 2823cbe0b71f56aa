package io.taksit.adapters.persistence.memory;

import io.taksit.application.port.out.PaymentQuery;
import io.taksit.application.port.out.PaymentRepository;
import io.taksit.application.port.out.SaveOutcome;
import io.taksit.application.port.out.VersionConflict;
import io.taksit.domain.bill.BillReference;
import io.taksit.domain.bill.BillerId;
import io.taksit.domain.payment.IdempotencyKey;
import io.taksit.domain.payment.Payment;
import io.taksit.domain.payment.PaymentId;
import io.taksit.domain.payment.PaymentStatus;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Payments in this JVM's memory, for tests, demos and single-instance hosts that accept losing
 * them on restart. It keeps the repository's promises as a database would: one payment per
 * idempotency key and one live (not DECLINED) payment per bill even under concurrent saves,
 * optimistic updates, and claims that hand a due payment to one caller per lease. Payments are
 * immutable, so the stored objects are shared with callers without copying.
 *
 * <p>Every new event also gets an entry in the repository's transactional outbox
 * ({@link #outbox()}), in the step that stores the event: under the save lock, before the payment
 * becomes visible, for a new payment; under the payment's entry lock for an update. So no stored
 * event lacks its entry, and a payment's entries are added in sequence order.
 *
 * <p>Passes {@code PaymentRepositoryContract} and, with its outbox, {@code OutboxContract}, like
 * the JDBC repository.
 */
public final class InMemoryPaymentRepository implements PaymentRepository {

  /** The stored version reported for a payment that was never stored. */
  private static final long NOT_STORED = -1;

  /** Oldest due first; ties by id so that claims are deterministic. */
  private static final Comparator<Payment> DUE_ORDER = Comparator
      .comparing((Payment payment) -> payment.nextCheckAt().get())
      .thenComparing(payment -> payment.id().value());

  /** Newest first; ties by id (ascending), as the contract and the JDBC adapter order them. */
  private static final Comparator<Payment> NEWEST_FIRST = Comparator
      .comparing(Payment::createdAt, Comparator.reverseOrder())
      .thenComparing(payment -> payment.id().value());

  private final InMemoryPaymentOutbox outbox = new InMemoryPaymentOutbox();
  private final ConcurrentMap<PaymentId, Payment> byId = new ConcurrentHashMap<>();
  private final ConcurrentMap<IdempotencyKey, PaymentId> idByKey = new ConcurrentHashMap<>();
  /**
   * Every payment of each bill, as a database index would hold it: "is this bill paid already?"
   * runs for every payment and must not scan all the payments ever stored. A payment's bill
   * never changes, so the entry is written once, when the payment is stored.
   */
  private final ConcurrentMap<Bill, java.util.Set<PaymentId>> idsByBill = new ConcurrentHashMap<>();

  /**
   * Guards {@link #liveByBill} and the decision to insert: checking the key and the bill and
   * storing the payment is one step. Updates do not take it (see {@link #update}).
   */
  private final Object saveLock = new Object();
  /**
   * The payment holding each bill. An entry may briefly outlive its payment's decline (the
   * update removes it just after storing), so a holder found DECLINED counts as no holder.
   */
  private final Map<Bill, PaymentId> liveByBill = new HashMap<>();

  /** Guards {@link #leaseEnds}: choosing due payments and marking them claimed is one step. */
  private final Object claimLock = new Object();
  private final Map<PaymentId, Instant> leaseEnds = new HashMap<>();

  @Override
  public SaveOutcome saveNew(Payment payment) {
    Objects.requireNonNull(payment, "payment");
    Payment stored = payment.withVersion(0);
    Bill bill = Bill.of(stored);
    synchronized (saveLock) {
      PaymentId keyOwner = idByKey.get(stored.idempotencyKey());
      if (keyOwner != null) {
        return new SaveOutcome.KeyTaken(byId.get(keyOwner));
      }
      if (isLive(stored)) {
        Option<Payment> holder = Option.of(liveByBill.get(bill)).map(byId::get)
            .filter(InMemoryPaymentRepository::isLive);
        if (holder.isDefined()) {
          return new SaveOutcome.BillTaken(holder.get());
        }
      }
      // Only saveNew adds to byId, always under saveLock: the check and the put are one step.
      if (byId.containsKey(stored.id())) {
        // Ids are generated and never repeat; a clash is a bug in the caller, not a business case.
        throw new IllegalStateException("payment " + stored.id()
            + " is already stored under another idempotency key");
      }
      // The entries before the payment is visible: no update can add later ones before them.
      outbox.enqueue(stored.id(), 0, stored.events());
      byId.put(stored.id(), stored);
      // By id first, then by key: a reader that finds the key always finds the payment.
      idByKey.put(stored.idempotencyKey(), stored.id());
      idsByBill.computeIfAbsent(bill, any -> ConcurrentHashMap.newKeySet()).add(stored.id());
      if (isLive(stored)) {
        liveByBill.put(bill, stored.id());
      }
      return new SaveOutcome.Inserted(stored);
    }
  }

  private static boolean isLive(Payment payment) {
    return payment.status() != PaymentStatus.DECLINED;
  }

  @Override
  public Either<VersionConflict, Payment> update(Payment changed) {
    Objects.requireNonNull(changed, "changed");
    AtomicReference<Either<VersionConflict, Payment>> result = new AtomicReference<>();
    // compute runs under the entry's lock, so the version check and the swap are one step.
    byId.computeIfPresent(changed.id(), (id, current) -> {
      if (current.version() != changed.version()) {
        result.set(Either.left(new VersionConflict(id, changed.version(), current.version())));
        return current;
      }
      if (!current.idempotencyKey().equals(changed.idempotencyKey())) {
        // The key index would point at the wrong payment; no transition ever changes the key.
        throw new IllegalArgumentException("payment " + id + " cannot change its idempotency key");
      }
      int storedEvents = current.events().size();
      if (changed.events().size() < storedEvents) {
        throw new IllegalArgumentException("payment " + id
            + " has fewer events than stored: they are append-only");
      }
      Payment next = changed.withVersion(current.version() + 1);
      // Under the entry's lock, before the swap: the new events and their outbox entries are
      // stored in one step, as one transaction would store them.
      outbox.enqueue(id, storedEvents, changed.events().drop(storedEvents));
      result.set(Either.right(next));
      return next;
    });
    Either<VersionConflict, Payment> outcome = result.get();
    if (outcome == null) {
      return Either.left(new VersionConflict(changed.id(), changed.version(), NOT_STORED));
    }
    if (outcome.isRight() && !isLive(outcome.get())) {
      // After the compute, not inside it: saveNew holds saveLock while it touches byId, so taking
      // saveLock under byId's entry lock could deadlock. Until then the holder reads DECLINED.
      synchronized (saveLock) {
        liveByBill.remove(Bill.of(changed), changed.id());
      }
    }
    return outcome;
  }

  /**
   * The transactional outbox holding an entry per event this repository stored: what a relay
   * delivers from ({@code OutboxRelay}).
   */
  public InMemoryPaymentOutbox outbox() {
    return outbox;
  }

  @Override
  public Option<Payment> findById(PaymentId id) {
    return Option.of(byId.get(Objects.requireNonNull(id, "id")));
  }

  @Override
  public Option<Payment> findByIdempotencyKey(IdempotencyKey key) {
    return Option.of(idByKey.get(Objects.requireNonNull(key, "key"))).flatMap(this::findById);
  }

  @Override
  public List<Payment> claimDue(Instant now, int limit, Duration lease) {
    PaymentRepository.requireValidClaim(now, limit, lease);
    synchronized (claimLock) {
      // Ended leases are dropped here, so the claim table holds only live claims and stays small.
      leaseEnds.values().removeIf(end -> !end.isAfter(now));
      List<Payment> claimed = List.ofAll(byId.values())
          .filter(payment -> payment.status().isAwaitingResolution())
          .filter(payment -> payment.nextCheckAt().exists(due -> !due.isAfter(now)))
          .filter(payment -> !leaseEnds.containsKey(payment.id()))
          .sorted(DUE_ORDER)
          .take(limit);
      Instant leaseEnd = now.plus(lease);
      claimed.forEach(payment -> leaseEnds.put(payment.id(), leaseEnd));
      return claimed;
    }
  }

  /** A bill as the one-live-payment rule sees it: one biller's bill reference. */
  /** The payments of the query's bill when it names one, else all of them. */
  private List<Payment> candidates(PaymentQuery query) {
    if (query.biller().isEmpty() || query.billReference().isEmpty()) {
      return List.ofAll(byId.values());
    }
    java.util.Set<PaymentId> ids = idsByBill.get(
        new Bill(query.biller().get(), query.billReference().get()));
    return ids == null ? List.empty() : List.ofAll(ids).map(byId::get);
  }

  private record Bill(BillerId biller, BillReference reference) {
    static Bill of(Payment payment) {
      return new Bill(payment.details().billerId(), payment.details().billReference());
    }
  }

  @Override
  public List<Payment> find(PaymentQuery query) {
    Objects.requireNonNull(query, "query");
    return matching(query)
        .sorted(NEWEST_FIRST)
        .take(query.limit());
  }

  @Override
  public long count(PaymentQuery query) {
    Objects.requireNonNull(query, "query");
    return matching(query).size();
  }

  private List<Payment> matching(PaymentQuery query) {
    return candidates(query)
        .filter(payment -> query.status().forAll(status -> payment.status() == status))
        .filter(payment -> query.biller().forAll(payment.details().billerId()::equals))
        .filter(payment -> query.account().forAll(payment.details().account()::equals))
        .filter(payment -> query.billReference()
            .forAll(payment.details().billReference()::equals))
        .filter(payment -> !query.needsReview() || payment.needsReview());
  }
}
