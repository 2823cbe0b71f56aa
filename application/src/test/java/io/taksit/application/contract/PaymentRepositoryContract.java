package io.taksit.application.contract;

import static io.taksit.application.contract.PaymentSamples.T0;
import static io.taksit.application.contract.PaymentSamples.answered;
import static io.taksit.application.contract.PaymentSamples.approved;
import static io.taksit.application.contract.PaymentSamples.checked;
import static io.taksit.application.contract.PaymentSamples.pending;
import static io.taksit.application.contract.PaymentSamples.unknown;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taksit.application.port.out.PaymentQuery;
import io.taksit.application.port.out.PaymentRepository;
import io.taksit.application.port.out.SaveOutcome;
import io.taksit.application.port.out.VersionConflict;
import io.taksit.domain.bill.AccountRef;
import io.taksit.domain.bill.BillReference;
import io.taksit.domain.bill.BillerId;
import io.taksit.domain.money.Currencies;
import io.taksit.domain.money.Money;
import io.taksit.domain.payment.IdempotencyKey;
import io.taksit.domain.payment.OperatorResolution;
import io.taksit.domain.payment.Payment;
import io.taksit.domain.payment.PaymentId;
import io.taksit.domain.payment.PaymentStatus;
import io.taksit.domain.provider.ProviderId;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every {@link PaymentRepository} must do, whatever it stores payments in. An adapter's test
 * extends this class and supplies a fresh, empty repository per test; the in-memory and the JDBC
 * repositories run these very tests, so a use case tested against one behaves the same on the
 * other.
 *
 * <p>Choices the port leaves open and this contract settles:
 * <ul>
 *   <li>an update of a payment that was never stored is a {@link VersionConflict} with stored
 *       version {@code -1};
 *   <li>saving a new payment under an id that is already stored (with another idempotency key) is
 *       a programming error: it throws and stores nothing;
 *   <li>{@code find} orders newest first by {@code createdAt}, ties by id ascending;
 *   <li>a claim's lease ends at exactly {@code now + lease}: from then on the payment may be
 *       claimed again; a claim survives updates of the payment until its lease ends;
 *   <li>a bill (biller + bill reference) has at most one live payment, live meaning any status
 *       but DECLINED: a new payment of a bill with a live payment under another key is
 *       {@link SaveOutcome.BillTaken}; when its key is taken too, the answer is
 *       {@link SaveOutcome.KeyTaken}.
 * </ul>
 */
public abstract class PaymentRepositoryContract {

  private static final Duration LEASE = Duration.ofSeconds(30);

  /** A new, empty repository; called once per test. */
  protected abstract PaymentRepository newRepository();

  private PaymentRepository repository;
  private PaymentSamples samples;

  @BeforeEach
  void freshRepository() {
    repository = newRepository();
    samples = new PaymentSamples();
  }

  // ---------------------------------------------------------------- saveNew and reads

  @Test
  @DisplayName("saveNew stores version 0, found again equal by id and by idempotency key")
  void savesNewPaymentAtVersionZero() {
    Payment payment = samples.created();

    SaveOutcome outcome = repository.saveNew(payment);

    assertThat(outcome).isEqualTo(new SaveOutcome.Inserted(payment.withVersion(0)));
    assertSamePayment(repository.findById(payment.id()), payment.withVersion(0));
    assertSamePayment(repository.findByIdempotencyKey(payment.idempotencyKey()),
        payment.withVersion(0));
  }

  @Test
  @DisplayName("saveNew stores version 0 whatever version the new payment carries")
  void saveNewResetsVersion() {
    Payment payment = samples.created().withVersion(7);

    SaveOutcome outcome = repository.saveNew(payment);

    assertThat(outcome).isEqualTo(new SaveOutcome.Inserted(payment.withVersion(0)));
    assertThat(repository.findById(payment.id()).map(Payment::version)).containsExactly(0L);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(PaymentStatus.class)
  @DisplayName("a payment in every status round-trips with its attempts, events and next check")
  void roundTripsEveryStatus(PaymentStatus status) {
    Payment payment = samples.in(status);
    assertThat(payment.status()).as("sample status").isEqualTo(status);

    repository.saveNew(payment);

    assertSamePayment(repository.findById(payment.id()), payment);
  }

  @Test
  @DisplayName("a long history round-trips: fee quote, invoices, retry attempts, provider texts")
  void roundTripsLongHistory() {
    Payment payment = samples.next().account("5300 12 34").billReference("oid:77/İ-ş")
        .withHistory();
    assertThat(payment.attempts()).as("sample attempts").hasSize(2);
    assertThat(payment.details().feeQuote()).as("sample fee quote").isNotEmpty();

    repository.saveNew(payment);

    assertSamePayment(repository.findById(payment.id()), payment);
  }

  @Test
  @DisplayName("a payment flagged for review round-trips with its reason and no next check")
  void roundTripsReviewFlag() {
    Payment payment = samples.next().flaggedForReview();
    assertThat(payment.needsReview()).as("sample flagged").isTrue();

    repository.saveNew(payment);

    Option<Payment> found = repository.findById(payment.id());
    assertSamePayment(found, payment);
    assertThat(found.get().nextCheckAt()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"EGP", "KWD", "JPY", "TRY"})
  @DisplayName("money keeps its currency and exactly the currency's scale (0, 2 or 3 decimals)")
  void keepsMoneyScaleAndCurrency(String code) {
    Currency currency = Currency.getInstance(code);
    Payment payment = samples.next().amountMinor(1_234_567, currency).feeMinor(1_250)
        .withHistory();

    repository.saveNew(payment);

    Payment found = repository.findById(payment.id()).get();
    Money amount = found.details().amount();
    assertThat(amount.currency()).isEqualTo(currency);
    assertThat(amount.amount().scale()).isEqualTo(Currencies.scaleOf(currency));
    assertThat(amount).isEqualTo(payment.details().amount());
    assertThat(found.details().feeQuote()).isEqualTo(payment.details().feeQuote());
    assertThat(found.details().feeQuote().get().total().amount().scale())
        .isEqualTo(Currencies.scaleOf(currency));
  }

  @Test
  @DisplayName("nothing is found in an empty repository")
  void findsNothingWhenEmpty() {
    assertThat(repository.findById(new PaymentId("p-404"))).isEmpty();
    assertThat(repository.findByIdempotencyKey(new IdempotencyKey("order-404"))).isEmpty();
    assertThat(repository.find(PaymentQuery.all(10))).isEmpty();
    assertThat(repository.claimDue(T0.plus(Duration.ofDays(1)), 10, LEASE)).isEmpty();
  }

  // ---------------------------------------------------------------- idempotency key

  @Test
  @DisplayName("a second payment under a taken key answers KeyTaken with the first and stores nothing")
  void refusesTakenKey() {
    Payment first = save(samples.next().key("order-shared").build());
    Payment second = samples.next().key("order-shared").amountMinor(99_999, Currencies.EGP)
        .build();

    SaveOutcome outcome = repository.saveNew(second);

    assertThat(outcome).isEqualTo(new SaveOutcome.KeyTaken(first));
    assertThat(repository.findById(second.id())).isEmpty();
    assertSamePayment(repository.findByIdempotencyKey(first.idempotencyKey()), first);
    assertThat(repository.find(PaymentQuery.all(10))).containsExactly(first);
  }

  @Test
  @DisplayName("KeyTaken carries the payment as stored now, not as first inserted")
  void keyTakenCarriesLatestState() {
    Payment first = save(samples.next().key("order-shared").build());
    Payment succeeded = update(answered(first, approved(), T0.plusSeconds(1)));

    SaveOutcome outcome = repository.saveNew(samples.next().key("order-shared").build());

    assertThat(outcome).isEqualTo(new SaveOutcome.KeyTaken(succeeded));
  }

  @Test
  @DisplayName("a new payment under a stored id is a programming error: it throws, stores nothing")
  void refusesStoredIdUnderAnotherKey() {
    Payment first = save(samples.next().id("p-same").build());
    Payment clash = samples.next().id("p-same").key("order-other").build();

    assertThatThrownBy(() -> repository.saveNew(clash)).isInstanceOf(RuntimeException.class);

    assertSamePayment(repository.findById(first.id()), first);
    assertThat(repository.findByIdempotencyKey(clash.idempotencyKey())).isEmpty();
  }

  // ---------------------------------------------------------------- one live payment per bill

  @ParameterizedTest(name = "{0}")
  @EnumSource(PaymentStatus.class)
  @DisplayName("a bill's payment in any status but DECLINED keeps a new key's payment of it out")
  void oneLivePaymentPerBill(PaymentStatus status) {
    Payment first = save(samples.next().billReference("BRN-shared").in(status));
    Payment second = samples.next().billReference("BRN-shared").build();

    SaveOutcome outcome = repository.saveNew(second);

    if (status == PaymentStatus.DECLINED) {
      assertThat(outcome).isEqualTo(new SaveOutcome.Inserted(second.withVersion(0)));
    } else {
      assertThat(outcome).isEqualTo(new SaveOutcome.BillTaken(first));
      assertThat(repository.findById(second.id())).isEmpty();
      assertThat(repository.findByIdempotencyKey(second.idempotencyKey())).isEmpty();
      assertThat(repository.find(PaymentQuery.all(10))).containsExactly(first);
    }
  }

  @Test
  @DisplayName("BillTaken carries the live payment as stored now")
  void billTakenCarriesLatestState() {
    Payment first = save(samples.next().billReference("BRN-shared").build());
    Payment unknown = update(answered(first, unknown(), T0.plusSeconds(1)));

    SaveOutcome outcome = repository.saveNew(samples.next().billReference("BRN-shared").build());

    assertThat(outcome).isEqualTo(new SaveOutcome.BillTaken(unknown));
  }

  @Test
  @DisplayName("a payment that becomes DECLINED frees its bill for a new key, once")
  void declineFreesTheBill() {
    Payment first = save(samples.next().billReference("BRN-shared").build());
    Payment declined = update(answered(first, PaymentSamples.declined(), T0.plusSeconds(1)));
    Payment second = samples.next().billReference("BRN-shared").createdAt(T0.plusSeconds(2))
        .build();
    Payment third = samples.next().billReference("BRN-shared").createdAt(T0.plusSeconds(3))
        .build();

    assertThat(repository.saveNew(second))
        .isEqualTo(new SaveOutcome.Inserted(second.withVersion(0)));
    assertThat(repository.saveNew(third))
        .isEqualTo(new SaveOutcome.BillTaken(second.withVersion(0)));
    assertThat(repository.find(PaymentQuery.all(10)))
        .containsExactly(second.withVersion(0), declined);
  }

  @Test
  @DisplayName("a payment stays live through not processed, retry, unknown and pending")
  void staysLiveThroughItsLife() {
    Payment first = save(samples.next().billReference("BRN-shared").build());
    Payment notProcessed = update(answered(first, PaymentSamples.notProcessed(),
        T0.plusSeconds(1)));
    Payment retried = update(PaymentSamples.retried(notProcessed, T0.plusSeconds(2)));
    Payment unknown = update(answered(retried, unknown(), T0.plusSeconds(3)));
    Payment pending = update(checked(unknown, pending(), T0.plusSeconds(70)));
    Payment succeeded = update(checked(pending, approved(), T0.plusSeconds(400)));

    for (Payment live : List.of(notProcessed, retried, unknown, pending, succeeded)) {
      assertThat(live.status()).isNotEqualTo(PaymentStatus.DECLINED);
    }
    assertThat(repository.saveNew(samples.next().billReference("BRN-shared").build()))
        .isEqualTo(new SaveOutcome.BillTaken(succeeded));
  }

  @Test
  @DisplayName("the key decides first: a replay of a live payment's key is KeyTaken, not BillTaken")
  void keyTakenWinsOverBillTaken() {
    Payment first = save(samples.next().key("order-shared").billReference("BRN-shared").build());

    SaveOutcome outcome = repository.saveNew(samples.next().key("order-shared")
        .billReference("BRN-shared").build());

    assertThat(outcome).isEqualTo(new SaveOutcome.KeyTaken(first));
  }

  @Test
  @DisplayName("a bill is one biller's: the same reference at another biller is another bill")
  void billsAreKeptApartByBiller() {
    Payment momkn = save(samples.next().biller("momkn-362").billReference("REF-1").build());
    Payment sipay = samples.next().biller("sipay-gas").provider(new ProviderId("sipay"))
        .billReference("REF-1").build();
    Payment momknOther = samples.next().biller("momkn-362").billReference("REF-2").build();

    assertThat(repository.saveNew(sipay)).isEqualTo(new SaveOutcome.Inserted(sipay.withVersion(0)));
    assertThat(repository.saveNew(momknOther))
        .isEqualTo(new SaveOutcome.Inserted(momknOther.withVersion(0)));
    assertThat(repository.saveNew(samples.next().biller("momkn-362").billReference("REF-1")
        .build())).isEqualTo(new SaveOutcome.BillTaken(momkn));
  }

  // ---------------------------------------------------------------- optimistic updates

  @Test
  @DisplayName("update at the stored version stores version + 1 with the new status, events, attempts")
  void updatesAtCurrentVersion() {
    Payment stored = save(samples.created());
    Payment pending = answered(stored, pending(), T0.plusSeconds(1));

    Either<VersionConflict, Payment> result = repository.update(pending);

    Payment expected = pending.withVersion(1);
    assertThat(result).isEqualTo(Either.right(expected));
    assertSamePayment(repository.findById(stored.id()), expected);
    assertSamePayment(repository.findByIdempotencyKey(stored.idempotencyKey()), expected);
    assertThat(expected.events()).hasSize(2);
    assertThat(expected.attempts()).hasSize(1);
  }

  @Test
  @DisplayName("successive updates append events and attempts version after version")
  void updatesRepeatedly() {
    Payment stored = save(samples.next().feeMinor(300).build());
    Payment v1 = update(answered(stored, unknown(), T0.plusSeconds(1)));
    Payment v2 = update(checked(v1, pending(), T0.plusSeconds(70)));
    Payment v3 = update(checked(v2, approved(), T0.plusSeconds(400)));

    assertThat(List.of(v1, v2, v3).map(Payment::version)).containsExactly(1L, 2L, 3L);
    Payment found = repository.findById(stored.id()).get();
    assertSamePayment(Option.some(found), v3);
    assertThat(found.status()).isEqualTo(PaymentStatus.SUCCEEDED);
    assertThat(found.events()).hasSize(4);
    assertThat(found.nextCheckAt()).isEmpty();
  }

  @Test
  @DisplayName("a history grown over forty status checks is stored update after update")
  void updatesThroughLongHistory() {
    Payment stored = save(samples.created());
    Payment current = update(answered(stored, unknown(), T0.plusSeconds(1)));
    for (int check = 1; check <= 40; check++) {
      current = update(checked(current, pending(), T0.plusSeconds(60L * check)));
    }
    current = update(checked(current, approved(), T0.plusSeconds(3_600)));

    assertThat(current.events().size()).as("events of the sample").isGreaterThan(40);
    assertSamePayment(repository.findById(stored.id()), current);
  }

  @Test
  @DisplayName("an update with fewer events than stored is refused as a bug: history is append-only")
  void refusesShrunkHistory() {
    Payment stored = save(samples.created());
    Payment answered = update(answered(stored, unknown(), T0.plusSeconds(1)));
    Payment shrunk = stored.withVersion(answered.version());

    assertThatThrownBy(() -> repository.update(shrunk))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("append-only");
    assertSamePayment(repository.findById(stored.id()), answered);
  }

  @Test
  @DisplayName("update at a stale version answers VersionConflict(expected, stored) and changes nothing")
  void refusesStaleVersion() {
    Payment stored = save(samples.created());
    Payment winner = update(answered(stored, approved(), T0.plusSeconds(1)));
    Payment loser = answered(stored, PaymentSamples.declined(), T0.plusSeconds(2));

    Either<VersionConflict, Payment> result = repository.update(loser);

    assertThat(result).isEqualTo(Either.left(new VersionConflict(stored.id(), 0, 1)));
    assertSamePayment(repository.findById(stored.id()), winner);
  }

  @Test
  @DisplayName("update at a version ahead of the stored one is a conflict too")
  void refusesVersionAhead() {
    Payment stored = save(samples.created());
    Payment ahead = answered(stored, approved(), T0.plusSeconds(1)).withVersion(5);

    Either<VersionConflict, Payment> result = repository.update(ahead);

    assertThat(result).isEqualTo(Either.left(new VersionConflict(stored.id(), 5, 0)));
    assertSamePayment(repository.findById(stored.id()), stored);
  }

  @Test
  @DisplayName("update of a payment never stored answers VersionConflict with stored version -1")
  void refusesUnknownPayment() {
    Payment neverStored = answered(samples.created(), approved(), T0.plusSeconds(1));

    Either<VersionConflict, Payment> result = repository.update(neverStored);

    assertThat(result).isEqualTo(Either.left(new VersionConflict(neverStored.id(), 0, -1)));
    assertThat(repository.findById(neverStored.id())).isEmpty();
    assertThat(repository.findByIdempotencyKey(neverStored.idempotencyKey())).isEmpty();
  }

  // ---------------------------------------------------------------- claimDue

  @Test
  @DisplayName("claimDue hands out only CREATED, PENDING and UNKNOWN payments that are due, oldest due first")
  void claimsOnlyDuePaymentsAwaitingResolution() {
    Payment retried = save(samples.next().createdAt(T0.minusSeconds(10)).in(PaymentStatus.CREATED));
    Payment created = save(samples.next().createdAt(T0).build());
    Payment pending = save(samples.next().createdAt(T0.plusSeconds(5)).in(PaymentStatus.PENDING));
    Payment unknown = save(samples.next().createdAt(T0.plusSeconds(10)).in(PaymentStatus.UNKNOWN));
    save(samples.in(PaymentStatus.SUCCEEDED));
    save(samples.in(PaymentStatus.DECLINED));
    save(samples.in(PaymentStatus.NOT_PROCESSED));
    save(samples.next().flaggedForReview());
    save(samples.next().createdAt(T0.plus(Duration.ofMinutes(10))).build());

    List<Payment> claimed = repository.claimDue(T0.plus(Duration.ofMinutes(5)), 100, LEASE);

    assertThat(claimed).containsExactly(retried, created, pending, unknown);
  }

  @Test
  @DisplayName("a payment whose next check is exactly now is due")
  void claimsPaymentDueExactlyNow() {
    Payment created = save(samples.created());

    assertThat(repository.claimDue(created.nextCheckAt().get().minusNanos(1_000), 10, LEASE))
        .isEmpty();
    assertThat(repository.claimDue(created.nextCheckAt().get(), 10, LEASE))
        .containsExactly(created);
  }

  @Test
  @DisplayName("claimDue looks at the status, not only at a due time: NOT_PROCESSED is never claimed")
  void neverClaimsNotProcessedEvenWithDueTime() {
    // The aggregate clears nextCheckAt outside CREATED/PENDING/UNKNOWN; the port still promises
    // both conditions, so a repository must not lean on that to skip the status filter.
    Payment answered = samples.in(PaymentStatus.NOT_PROCESSED);
    Payment withStaleCheck = Payment.restore(answered.id(), answered.idempotencyKey(),
        answered.requestFingerprint(), answered.details(), answered.status(), answered.attempts(),
        answered.events(), answered.statusChecks(), Option.some(T0), answered.reviewReason(), 0,
        answered.createdAt(), answered.updatedAt());
    save(withStaleCheck);

    assertThat(repository.claimDue(T0.plus(Duration.ofDays(30)), 10, LEASE)).isEmpty();
  }

  @Test
  @DisplayName("claimDue hands out at most limit payments, oldest due first, the rest on the next call")
  void claimsAtMostLimit() {
    List<Payment> stored = List.of(40, 10, 30, 0, 20)
        .map(seconds -> save(samples.next().createdAt(T0.plusSeconds(seconds)).build()));
    Instant now = T0.plus(Duration.ofMinutes(10));

    List<Payment> first = repository.claimDue(now, 3, LEASE);
    List<Payment> second = repository.claimDue(now, 3, LEASE);
    List<Payment> third = repository.claimDue(now, 3, LEASE);

    List<Payment> byDue = stored.sortBy(payment -> payment.nextCheckAt().get());
    assertThat(first).containsExactlyElementsOf(byDue.take(3));
    assertThat(second).containsExactlyElementsOf(byDue.drop(3));
    assertThat(third).isEmpty();
  }

  @Test
  @DisplayName("a claimed payment is not handed out again before now + lease, and is from then on")
  void claimLastsForLease() {
    Payment created = save(samples.created());
    Instant now = T0.plus(Duration.ofMinutes(5));

    assertThat(repository.claimDue(now, 10, LEASE)).containsExactly(created);
    assertThat(repository.claimDue(now, 10, LEASE)).isEmpty();
    assertThat(repository.claimDue(now.plus(LEASE).minusSeconds(1), 10, LEASE)).isEmpty();
    Instant leaseEnd = now.plus(LEASE);
    assertThat(repository.claimDue(leaseEnd, 10, LEASE)).containsExactly(created);
    // The second claim has its own lease, counted from its own now.
    assertThat(repository.claimDue(leaseEnd.plus(LEASE).minusSeconds(1), 10, LEASE)).isEmpty();
    assertThat(repository.claimDue(leaseEnd.plus(LEASE), 10, LEASE)).containsExactly(created);
  }

  @Test
  @DisplayName("a claim survives an update of the payment until its lease ends")
  void claimSurvivesUpdate() {
    Payment created = save(samples.created());
    Instant now = T0.plus(Duration.ofMinutes(10));
    assertThat(repository.claimDue(now, 10, LEASE)).containsExactly(created);

    // An inconclusive check due again before the lease ends: the payment is still this claimer's.
    Payment checkedOnce = update(checked(created, unknown(), now.minus(Duration.ofMinutes(5))));
    assertThat(checkedOnce.nextCheckAt()).containsExactly(now);

    assertThat(repository.claimDue(now.plusSeconds(1), 10, LEASE)).isEmpty();
    assertThat(repository.claimDue(now.plus(LEASE), 10, LEASE)).containsExactly(checkedOnce);
  }

  @Test
  @DisplayName("claimDue hands out the payment as stored now, at its current version")
  void claimsCurrentState() {
    Payment stored = save(samples.created());
    Payment pending = update(answered(stored, pending(), T0.plusSeconds(1)));

    List<Payment> claimed = repository.claimDue(T0.plus(Duration.ofMinutes(5)), 10, LEASE);

    assertThat(claimed).containsExactly(pending);
    assertThat(claimed.get().version()).isEqualTo(1L);
  }

  @Test
  @DisplayName("claimDue follows updates: a resolved payment or one checked later is not claimed")
  void claimsFollowUpdates() {
    Payment resolved = save(samples.created());
    Payment postponed = save(samples.created());
    update(answered(resolved, approved(), T0.plusSeconds(1)));
    Payment later = update(checked(postponed, unknown(), T0.plusSeconds(50)));
    Instant oldDue = postponed.nextCheckAt().get();
    assertThat(later.nextCheckAt().get()).isAfter(oldDue.plusSeconds(1));

    assertThat(repository.claimDue(oldDue.plusSeconds(1), 10, LEASE)).isEmpty();
    assertThat(repository.claimDue(later.nextCheckAt().get(), 10, LEASE)).containsExactly(later);
  }

  // ---------------------------------------------------------------- find

  @Test
  @DisplayName("find without criteria lists every payment newest first, at most limit")
  void findsNewestFirstWithLimit() {
    List<Payment> stored = List.of(3, 1, 4, 0, 2)
        .map(minutes -> save(samples.next().createdAt(T0.plus(Duration.ofMinutes(minutes)))
            .build()));
    List<Payment> newestFirst = stored.sortBy(Payment::createdAt).reverse();

    assertThat(repository.find(PaymentQuery.all(100))).containsExactlyElementsOf(newestFirst);
    assertThat(repository.find(PaymentQuery.all(2))).containsExactlyElementsOf(newestFirst.take(2));
  }

  @Test
  @DisplayName("count counts what find finds, its limit ignored")
  void countsWhatFindFinds() {
    save(samples.next().createdAt(T0).biller("momkn-362").billReference("BRN-7")
        .in(PaymentStatus.DECLINED));
    save(samples.next().createdAt(T0.plusSeconds(1)).biller("momkn-362").billReference("BRN-7")
        .in(PaymentStatus.UNKNOWN));
    save(samples.next().createdAt(T0.plusSeconds(2)).biller("momkn-362").billReference("BRN-8")
        .in(PaymentStatus.UNKNOWN));

    assertThat(repository.count(PaymentQuery.all(1))).isEqualTo(3);
    assertThat(repository.count(query(Option.some(PaymentStatus.UNKNOWN), Option.none(),
        Option.none(), Option.none(), 1))).isEqualTo(2);
    assertThat(repository.count(query(Option.none(), Option.some(new BillerId("momkn-362")),
        Option.none(), Option.some(new BillReference("BRN-7")), 1))).isEqualTo(2);
    assertThat(repository.count(query(Option.some(PaymentStatus.SUCCEEDED), Option.none(),
        Option.none(), Option.none(), 1))).isZero();
  }

  @Test
  @DisplayName("find orders payments created at the same instant by id")
  void findsTiesById() {
    Payment b = save(samples.next().id("p-0102").build());
    Payment c = save(samples.next().id("p-0103").build());
    Payment a = save(samples.next().id("p-0101").build());
    Payment older = save(samples.next().id("p-0100").createdAt(T0.minusSeconds(1)).build());

    assertThat(repository.find(PaymentQuery.all(10))).containsExactly(a, b, c, older);
    assertThat(repository.find(PaymentQuery.all(2))).containsExactly(a, b);
  }

  @Test
  @DisplayName("find by status")
  void findsByStatus() {
    Payment pendingOld = save(samples.next().createdAt(T0).in(PaymentStatus.PENDING));
    save(samples.next().createdAt(T0.plusSeconds(10)).in(PaymentStatus.UNKNOWN));
    Payment pendingNew = save(samples.next().createdAt(T0.plusSeconds(20)).in(PaymentStatus.PENDING));
    save(samples.next().createdAt(T0.plusSeconds(30)).in(PaymentStatus.SUCCEEDED));

    assertThat(repository.find(query(Option.some(PaymentStatus.PENDING), Option.none(),
        Option.none(), Option.none(), 10))).containsExactly(pendingNew, pendingOld);
    assertThat(repository.find(query(Option.some(PaymentStatus.DECLINED), Option.none(),
        Option.none(), Option.none(), 10))).isEmpty();
  }

  @Test
  @DisplayName("find by biller, by account, by bill reference, and by all criteria at once")
  void findsByBillerAccountAndReference() {
    // BRN-1 was declined, then paid again: a bill has at most one live payment.
    Payment momknA = save(samples.next().createdAt(T0).biller("momkn-362").account("A-1")
        .billReference("BRN-1").in(PaymentStatus.DECLINED));
    Payment momknB = save(samples.next().createdAt(T0.plusSeconds(1)).biller("momkn-362")
        .account("B-2").billReference("BRN-2").build());
    Payment sipayA = save(samples.next().createdAt(T0.plusSeconds(2)).biller("sipay-gas")
        .provider(new ProviderId("sipay")).account("A-1").billReference("oid-3").build());
    Payment momknA2 = save(samples.next().createdAt(T0.plusSeconds(3)).biller("momkn-362")
        .account("A-1").billReference("BRN-1").build());

    assertThat(repository.find(query(Option.none(), Option.some(new BillerId("momkn-362")),
        Option.none(), Option.none(), 10))).containsExactly(momknA2, momknB, momknA);
    assertThat(repository.find(query(Option.none(), Option.none(),
        Option.some(new AccountRef("A-1")), Option.none(), 10)))
        .containsExactly(momknA2, sipayA, momknA);
    assertThat(repository.find(query(Option.none(), Option.none(), Option.none(),
        Option.some(new BillReference("BRN-1")), 10))).containsExactly(momknA2, momknA);
    assertThat(repository.find(query(Option.some(PaymentStatus.DECLINED),
        Option.some(new BillerId("momkn-362")), Option.some(new AccountRef("A-1")),
        Option.some(new BillReference("BRN-1")), 10))).containsExactly(momknA);
    assertThat(repository.find(query(Option.none(), Option.some(new BillerId("sipay-gas")),
        Option.some(new AccountRef("B-2")), Option.none(), 10))).isEmpty();
    assertThat(repository.find(query(Option.none(), Option.some(new BillerId("momkn-362")),
        Option.none(), Option.none(), 1))).containsExactly(momknA2);
  }

  @Test
  @DisplayName("find sees the stored state: a status filter follows updates")
  void findsCurrentState() {
    Payment stored = save(samples.created());
    Payment succeeded = update(answered(stored, approved(), T0.plusSeconds(1)));

    assertThat(repository.find(query(Option.some(PaymentStatus.CREATED), Option.none(),
        Option.none(), Option.none(), 10))).isEmpty();
    assertThat(repository.find(query(Option.some(PaymentStatus.SUCCEEDED), Option.none(),
        Option.none(), Option.none(), 10))).containsExactly(succeeded);
  }

  @Test
  @DisplayName("find for review lists exactly the flagged payments, newest first, limited, with other criteria")
  void findsPaymentsFlaggedForReview() {
    Payment flaggedOld = save(samples.next().createdAt(T0).flaggedForReview());
    save(samples.next().createdAt(T0.plusSeconds(1)).in(PaymentStatus.UNKNOWN));
    Payment sipayFlagged = save(samples.next().createdAt(T0.plusSeconds(2)).biller("sipay-gas")
        .provider(new ProviderId("sipay")).flaggedForReview());
    // Checked once, inconclusively: UNKNOWN with checks still to come, not flagged.
    save(checked(samples.next().createdAt(T0.plusSeconds(3)).in(PaymentStatus.UNKNOWN),
        unknown(), T0.plus(Duration.ofMinutes(2))));
    save(samples.next().createdAt(T0.plusSeconds(4)).in(PaymentStatus.SUCCEEDED));
    // Stored unflagged, then flagged by the updates of its status checks.
    Payment flaggedNew = flagThroughUpdates(save(samples.next().createdAt(T0.plusSeconds(5))
        .build()));
    save(samples.next().createdAt(T0.plusSeconds(6)).build());
    assertThat(List.of(flaggedOld, sipayFlagged, flaggedNew).map(Payment::needsReview))
        .as("samples flagged").containsOnly(true);

    assertThat(repository.find(review(Option.none(), 10)))
        .containsExactly(flaggedNew, sipayFlagged, flaggedOld);
    assertThat(repository.find(review(Option.none(), 2)))
        .containsExactly(flaggedNew, sipayFlagged);
    assertThat(repository.find(review(Option.some(new BillerId("momkn-362")), 10)))
        .containsExactly(flaggedNew, flaggedOld);
    assertThat(repository.find(review(Option.some(new BillerId("sipay-gas")), 10)))
        .containsExactly(sipayFlagged);
    assertThat(repository.find(review(Option.some(new BillerId("momkn-362")), 1)))
        .containsExactly(flaggedNew);
    assertThat(repository.find(new PaymentQuery(Option.some(PaymentStatus.UNKNOWN),
        Option.none(), Option.none(), Option.none(), 10, true)))
        .containsExactly(flaggedNew, sipayFlagged, flaggedOld);
    assertThat(repository.find(new PaymentQuery(Option.some(PaymentStatus.SUCCEEDED),
        Option.none(), Option.none(), Option.none(), 10, true))).isEmpty();
    assertThat(repository.find(PaymentQuery.all(10))).hasSize(7);
  }

  @Test
  @DisplayName("find for review follows updates: a payment settled by an operator leaves the list")
  void findsReviewFlagFromStoredState() {
    Payment flagged = save(samples.next().createdAt(T0).flaggedForReview());
    Payment other = save(samples.next().createdAt(T0.plusSeconds(1)).flaggedForReview());
    Payment settled = update(flagged.resolve(PaymentStatus.SUCCEEDED,
        new OperatorResolution("ops-on-call", "provider support confirmed it", "TICKET-1"),
        T0.plus(Duration.ofDays(3))).getOrElseThrow(error -> new IllegalStateException(
            "sample transition refused: " + error)));

    assertThat(settled.needsReview()).isFalse();
    assertThat(repository.find(review(Option.none(), 10))).containsExactly(other);
  }

  // ---------------------------------------------------------------- concurrency

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  @DisplayName("16 threads saving payments under 10 shared keys store exactly one payment per key")
  void concurrentSavesStoreOnePaymentPerKey() throws Exception {
    int threads = 16;
    int keys = 10;
    Payment[][] attempts = new Payment[threads][keys];
    for (int thread = 0; thread < threads; thread++) {
      for (int key = 0; key < keys; key++) {
        attempts[thread][key] = samples.next().id("c-" + thread + "-" + key)
            .key("shared-" + key).build();
      }
    }

    java.util.List<java.util.List<SaveOutcome>> outcomes = Concurrently.run(threads, Duration.ofSeconds(30),
        thread -> {
      java.util.List<SaveOutcome> mine = new ArrayList<>();
      // Each thread starts at another key so that every key is contested from the first instant.
      for (int step = 0; step < keys; step++) {
        mine.add(repository.saveNew(attempts[thread][(thread + step) % keys]));
      }
      return mine;
    });

    List<SaveOutcome> all = List.ofAll(outcomes).flatMap(List::ofAll);
    assertThat(all).hasSize(threads * keys);
    assertThat(repository.find(PaymentQuery.all(1_000))).hasSize(keys);
    Map<IdempotencyKey, Integer> inserts = new HashMap<>();
    for (SaveOutcome outcome : all) {
      Payment answered = outcome instanceof SaveOutcome.Inserted inserted
          ? inserted.payment() : ((SaveOutcome.KeyTaken) outcome).existing();
      Payment stored = repository.findByIdempotencyKey(answered.idempotencyKey()).get();
      assertThat(answered).as("answer for key %s", answered.idempotencyKey()).isEqualTo(stored);
      if (outcome instanceof SaveOutcome.Inserted) {
        inserts.merge(answered.idempotencyKey(), 1, Integer::sum);
      }
    }
    assertThat(inserts).hasSize(keys).allSatisfy((key, count) -> assertThat(count).isEqualTo(1));
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  @DisplayName("16 threads saving payments of 10 shared bills under their own keys store one per bill")
  void concurrentSavesStoreOneLivePaymentPerBill() throws Exception {
    int threads = 16;
    int bills = 10;
    Payment[][] attempts = new Payment[threads][bills];
    for (int thread = 0; thread < threads; thread++) {
      for (int bill = 0; bill < bills; bill++) {
        attempts[thread][bill] = samples.next().id("b-" + thread + "-" + bill)
            .key("key-" + thread + "-" + bill).billReference("BRN-shared-" + bill).build();
      }
    }

    java.util.List<java.util.List<SaveOutcome>> outcomes = Concurrently.run(threads,
        Duration.ofSeconds(30), thread -> {
          java.util.List<SaveOutcome> mine = new ArrayList<>();
          for (int step = 0; step < bills; step++) {
            mine.add(repository.saveNew(attempts[thread][(thread + step) % bills]));
          }
          return mine;
        });

    List<SaveOutcome> all = List.ofAll(outcomes).flatMap(List::ofAll);
    assertThat(all).hasSize(threads * bills);
    List<Payment> stored = repository.find(PaymentQuery.all(1_000));
    assertThat(stored).hasSize(bills);
    assertThat(stored.map(p -> p.details().billReference()).distinct()).hasSize(bills);
    for (SaveOutcome outcome : all) {
      assertThat(outcome).isInstanceOfAny(SaveOutcome.Inserted.class, SaveOutcome.BillTaken.class);
      Payment answered = outcome instanceof SaveOutcome.Inserted inserted
          ? inserted.payment() : ((SaveOutcome.BillTaken) outcome).existing();
      assertThat(stored).as("the answer is the bill's stored payment").contains(answered);
    }
    assertThat(all.count(SaveOutcome.Inserted.class::isInstance)).isEqualTo(bills);
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  @DisplayName("8 threads claiming one due set get every due payment exactly once per lease")
  void concurrentClaimsHandOutEachPaymentOnce() throws Exception {
    int threads = 8;
    List<PaymentId> due = List.range(0, 40)
        .map(n -> save(samples.next().createdAt(T0.plusSeconds(n % 7)).build()).id());
    Instant now = T0.plus(Duration.ofMinutes(5));

    for (Instant round : List.of(now, now.plus(LEASE).plusSeconds(1))) {
      java.util.List<java.util.List<PaymentId>> claims = Concurrently.run(threads, Duration.ofSeconds(30),
        thread -> {
        java.util.List<PaymentId> mine = new ArrayList<>();
        List<Payment> batch = repository.claimDue(round, 3, LEASE);
        while (!batch.isEmpty()) {
          batch.forEach(payment -> mine.add(payment.id()));
          batch = repository.claimDue(round, 3, LEASE);
        }
        return mine;
      });

      List<PaymentId> handedOut = List.ofAll(claims).flatMap(List::ofAll);
      assertThat(handedOut).as("claims at %s", round).doesNotHaveDuplicates()
          .containsExactlyInAnyOrderElementsOf(due);
    }
  }

  // ---------------------------------------------------------------- helpers

  /** Saves a new payment that must be inserted; answers the stored copy. */
  private Payment save(Payment payment) {
    SaveOutcome outcome = repository.saveNew(payment);
    assertThat(outcome).as("saving %s", payment).isInstanceOf(SaveOutcome.Inserted.class);
    return ((SaveOutcome.Inserted) outcome).payment();
  }

  /** Updates a payment that must not conflict; answers the stored copy. */
  private Payment update(Payment changed) {
    Either<VersionConflict, Payment> result = repository.update(changed);
    assertThat(result.isRight()).as("update of %s: %s", changed, result).isTrue();
    return result.get();
  }

  /**
   * Drives a stored CREATED payment to UNKNOWN and through inconclusive status checks, storing
   * each step, until it is flagged for review; answers the stored copy.
   */
  private Payment flagThroughUpdates(Payment created) {
    Instant at = created.createdAt().plus(PaymentSamples.ANSWER_DELAY);
    Payment payment = update(answered(created, unknown(), at));
    while (!payment.needsReview()) {
      at = at.plus(Duration.ofMinutes(payment.statusChecks() + 1));
      payment = update(checked(payment, unknown(), at));
    }
    return payment;
  }

  /** Only payments flagged for review, of {@code biller} when given. */
  private static PaymentQuery review(Option<BillerId> biller, int limit) {
    return new PaymentQuery(Option.none(), biller, Option.none(), Option.none(), limit, true);
  }

  private static PaymentQuery query(Option<PaymentStatus> status, Option<BillerId> biller,
      Option<AccountRef> account, Option<BillReference> billReference, int limit) {
    return new PaymentQuery(status, biller, account, billReference, limit);
  }

  /**
   * Field by field first, so that a failing adapter learns which column it lost, then whole
   * equality, so that nothing the list forgets slips through.
   */
  protected static void assertSamePayment(Option<Payment> found, Payment expected) {
    assertThat(found).as("payment %s found", expected.id()).isNotEmpty();
    Payment actual = found.get();
    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(actual.id()).as("id").isEqualTo(expected.id());
    soft.assertThat(actual.idempotencyKey()).as("idempotencyKey")
        .isEqualTo(expected.idempotencyKey());
    soft.assertThat(actual.requestFingerprint()).as("requestFingerprint")
        .isEqualTo(expected.requestFingerprint());
    soft.assertThat(actual.version()).as("version").isEqualTo(expected.version());
    soft.assertThat(actual.status()).as("status").isEqualTo(expected.status());
    soft.assertThat(actual.details().billerId()).as("billerId")
        .isEqualTo(expected.details().billerId());
    soft.assertThat(actual.details().provider()).as("provider")
        .isEqualTo(expected.details().provider());
    soft.assertThat(actual.details().account()).as("account")
        .isEqualTo(expected.details().account());
    soft.assertThat(actual.details().billReference()).as("billReference")
        .isEqualTo(expected.details().billReference());
    soft.assertThat(actual.details().amount().currency()).as("currency")
        .isEqualTo(expected.details().amount().currency());
    // BigDecimal equality is scale-sensitive: 500.00 and 500.0000 differ, as they should here.
    soft.assertThat(actual.details().amount().amount()).as("amount with its scale")
        .isEqualTo(expected.details().amount().amount());
    soft.assertThat(actual.details().invoices()).as("invoices")
        .containsExactlyElementsOf(expected.details().invoices());
    soft.assertThat(actual.details().feeQuote()).as("feeQuote")
        .isEqualTo(expected.details().feeQuote());
    soft.assertThat(actual.attempts()).as("attempts")
        .containsExactlyElementsOf(expected.attempts());
    soft.assertThat(actual.events()).as("events").containsExactlyElementsOf(expected.events());
    soft.assertThat(actual.statusChecks()).as("statusChecks").isEqualTo(expected.statusChecks());
    soft.assertThat(actual.nextCheckAt()).as("nextCheckAt").isEqualTo(expected.nextCheckAt());
    soft.assertThat(actual.reviewReason()).as("reviewReason").isEqualTo(expected.reviewReason());
    soft.assertThat(actual.createdAt()).as("createdAt").isEqualTo(expected.createdAt());
    soft.assertThat(actual.updatedAt()).as("updatedAt").isEqualTo(expected.updatedAt());
    soft.assertAll();
    assertThat(actual).isEqualTo(expected);
  }
}
