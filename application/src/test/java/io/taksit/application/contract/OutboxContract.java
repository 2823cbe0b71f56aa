package io.taksit.application.contract;

import static io.taksit.application.contract.PaymentSamples.T0;
import static io.taksit.application.contract.PaymentSamples.checked;
import static io.taksit.application.contract.PaymentSamples.pending;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taksit.application.outbox.Delivery;
import io.taksit.application.outbox.OutboxRelay;
import io.taksit.application.outbox.OutboxSettings;
import io.taksit.application.port.out.DeadLetter;
import io.taksit.application.port.out.EventId;
import io.taksit.application.port.out.OutboxCounts;
import io.taksit.application.port.out.OutboxEntry;
import io.taksit.application.port.out.PaymentOutbox;
import io.taksit.application.port.out.PaymentRepository;
import io.taksit.application.port.out.SaveOutcome;
import io.taksit.domain.payment.Payment;
import io.taksit.domain.payment.PaymentId;
import io.taksit.domain.payment.PaymentStatus;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What every {@link PaymentOutbox} must do together with the {@link PaymentRepository} that
 * writes its entries, driven through the {@link OutboxRelay} as a host drives it. An adapter's
 * test extends this class and supplies a fresh, empty store per test (and, for a database, a
 * second instance's view of it over its own connections); the in-memory and the JDBC stores run
 * these very tests.
 *
 * <p>Choices the port leaves open and this contract settles:
 * <ul>
 *   <li>an entry is due from its event's instant; a lease ends at exactly {@code now + lease};
 *   <li>a failed entry is due again at exactly the instant its mark gave;
 *   <li>a delivered entry is pruned once delivered strictly before the cut-off;
 *   <li>replaying a dead letter resets its attempts to zero.
 * </ul>
 */
public abstract class OutboxContract {

  /** A repository and the outbox it writes its entries to. */
  public record Store(PaymentRepository payments, PaymentOutbox outbox) {}

  /** A new, empty store; called once per test. */
  protected abstract Store newStore();

  /**
   * The store just made, as another host instance sees it: the same data over its own
   * connections. A store kept in one JVM's memory answers itself.
   */
  protected Store secondInstance(Store store) {
    return store;
  }

  /** Releases what the test opened for its store (connection pools); nothing by default. */
  protected void closeStores() {}

  private static final Duration LEASE = Duration.ofSeconds(30);
  private static final Instant NOW = T0.plus(Duration.ofMinutes(10));
  private static final OutboxSettings SETTINGS = OutboxSettings.DEFAULTS.withLease(LEASE)
      .withMaxAttempts(3).withBackoff(Duration.ofSeconds(10), Duration.ofSeconds(25))
      .withRetention(Duration.ofHours(1));
  private static final Duration MICRO = Duration.ofNanos(1_000);

  private Store store;
  private PaymentSamples samples;
  private MovableClock clock;
  private RecordingEventHandler handler;

  @BeforeEach
  void freshStore() {
    store = newStore();
    samples = new PaymentSamples();
    clock = new MovableClock(NOW);
    handler = new RecordingEventHandler();
  }

  @AfterEach
  void close() {
    closeStores();
  }

  // ---------------------------------------------------------------- written with the change

  @Test
  @DisplayName("every stored event gets one entry, delivered in order with a stable id")
  void everyStoredEventGetsAnEntry() {
    Payment stored = saved(samples.in(PaymentStatus.UNKNOWN));
    Payment checked = updated(checked(stored, pending(), T0.plusSeconds(90)));
    assertThat(store.outbox().counts()).isEqualTo(new OutboxCounts(3, 0, 0, 0,
        Option.some(T0)));

    Delivery delivery = relay("relay-a").deliverDue();

    assertThat(delivery).isEqualTo(new Delivery(3, 0, 0, 0, false));
    String id = stored.id().value();
    assertThat(handler.handledIds()).containsExactly(id + ":1", id + ":2", id + ":3");
    assertThat(handler.handled()).extracting(OutboxEntry::event)
        .containsExactlyElementsOf(checked.events());
    assertThat(handler.handled()).extracting(OutboxEntry::createdAt)
        .containsExactlyElementsOf(checked.events().map(event -> event.at()));
    assertThat(handler.handled()).allSatisfy(entry -> {
      assertThat(entry.attempts()).isZero();
      assertThat(entry.paymentId()).isEqualTo(stored.id());
      assertThat(EventId.parse(entry.id().value())).containsExactly(entry.id());
    });
    assertThat(store.outbox().counts()).isEqualTo(new OutboxCounts(0, 0, 0, 3, Option.none()));
    assertThat(relay("relay-a").deliverDue()).isEqualTo(Delivery.NONE);
  }

  @Test
  @DisplayName("a refused save or a lost update writes no entry")
  void refusedChangesWriteNoEntry() {
    Payment stored = saved(samples.created());
    Payment sameKey = samples.next().key(stored.idempotencyKey().value()).build();
    Payment sameBill = samples.next().billReference(stored.details().billReference().value())
        .build();

    assertThat(store.payments().saveNew(sameKey)).isInstanceOf(SaveOutcome.KeyTaken.class);
    assertThat(store.payments().saveNew(sameBill)).isInstanceOf(SaveOutcome.BillTaken.class);
    Payment answered = PaymentSamples.answered(stored, PaymentSamples.unknown(),
        T0.plusSeconds(1));
    updated(answered);
    assertThat(store.payments().update(PaymentSamples.answered(stored, pending(),
        T0.plusSeconds(2))).isLeft()).as("stale version").isTrue();

    relay("relay-a").deliverDue();

    assertThat(handler.handled()).extracting(OutboxEntry::event)
        .containsExactlyElementsOf(answered.events());
  }

  @Test
  @DisplayName("an entry is due from its event's instant, not before")
  void entriesAreDueFromTheirEventsInstant() {
    clock = new MovableClock(T0.minus(MICRO));
    saved(samples.created());

    assertThat(relay("relay-a").deliverDue().claimed()).isZero();
    clock.advance(MICRO);
    assertThat(relay("relay-a").deliverDue().delivered()).isOne();
  }

  // ---------------------------------------------------------------- at least once

  @Test
  @DisplayName("entries stored while no relay ran are delivered by the first relay that starts")
  void entriesStoredBeforeAnyRelayAreDelivered() {
    List<Payment> payments = List.range(0, 4).map(n -> saved(samples.in(PaymentStatus.PENDING)));

    Delivery delivery = relay("new-instance").deliverDue();

    assertThat(delivery.delivered()).isEqualTo(8);
    payments.forEach(payment ->
        assertThat(handler.handledSequences(payment.id())).containsExactly(1, 2));
  }

  @Test
  @DisplayName("entries a dead relay claimed are delivered by another once the lease ends")
  void entriesOfADeadRelayAreDeliveredAfterTheLease() {
    Payment first = saved(samples.created());
    Payment second = saved(samples.created());
    List<OutboxEntry> taken = store.outbox().claimDue(NOW, 10, LEASE, "died-mid-pass");
    assertThat(taken).extracting(OutboxEntry::paymentId)
        .containsExactlyInAnyOrder(first.id(), second.id());

    clock.advance(LEASE.minus(MICRO));
    assertThat(relay("survivor").deliverDue().claimed()).as("still leased").isZero();
    clock.advance(MICRO);
    Delivery delivery = relay("survivor").deliverDue();

    assertThat(delivery.delivered()).isEqualTo(2);
    assertThat(handler.handledIds()).containsExactlyInAnyOrder(first.id() + ":1",
        second.id() + ":1");
    assertThat(store.outbox().markDelivered(taken.get(0).id(), "died-mid-pass", clock.instant()))
        .as("the dead relay's late mark").isFalse();
  }

  @Test
  @DisplayName("a pass leaves entries whose lease ran out before their turn to the next claimer")
  void aPassLeavesEntriesWhoseLeaseRanOut() {
    List.range(0, 3).forEach(n -> saved(samples.created()));
    handler.during(entry -> clock.advance(LEASE));

    Delivery slow = relay("slow").deliverDue(3);

    assertThat(slow).isEqualTo(new Delivery(1, 0, 0, 2, true));
    handler.during(entry -> { });
    assertThat(relay("other").deliverDue().delivered()).isEqualTo(2);
    assertThat(handler.handled()).extracting(OutboxEntry::id).doesNotHaveDuplicates()
        .hasSize(3);
  }

  @Test
  @DisplayName("marks apply only to the claimer's own live claim, once")
  void marksAreFencedByTheClaim() {
    saved(samples.created());
    OutboxEntry entry = store.outbox().claimDue(NOW, 1, LEASE, "a").single();
    Instant later = NOW.plus(LEASE);
    OutboxEntry again = store.outbox().claimDue(later, 1, LEASE, "b").single();
    assertThat(again.id()).isEqualTo(entry.id());

    assertThat(store.outbox().markDelivered(entry.id(), "a", later)).isFalse();
    assertThat(store.outbox().markFailed(entry.id(), "a", later, "x")).isFalse();
    assertThat(store.outbox().markDead(entry.id(), "a", later, "x")).isFalse();
    assertThat(store.outbox().markDelivered(entry.id(), "b", later)).isTrue();
    assertThat(store.outbox().markDelivered(entry.id(), "b", later)).as("twice").isFalse();
    assertThat(store.outbox().markDelivered(new EventId(new PaymentId("p-none"), 1), "b", later))
        .as("unknown entry").isFalse();
  }

  // ---------------------------------------------------------------- failures

  @Test
  @DisplayName("a failing handler is retried after a doubling backoff, then parked, with no secret kept")
  void failingDeliveriesBackOffThenPark() {
    Payment payment = saved(samples.created());
    handler.failWhen(entry -> true);
    OutboxRelay relay = relay("relay-a");

    assertThat(relay.deliverDue()).isEqualTo(new Delivery(0, 1, 0, 0, false));
    clock.advance(Duration.ofSeconds(10).minus(MICRO));
    assertThat(relay.deliverDue().claimed()).as("backing off").isZero();
    clock.advance(MICRO);
    assertThat(relay.deliverDue()).isEqualTo(new Delivery(0, 1, 0, 0, false));
    assertThat(store.outbox().counts()).isEqualTo(new OutboxCounts(1, 1, 0, 0,
        Option.some(T0)));
    clock.advance(Duration.ofSeconds(20).minus(MICRO));
    assertThat(relay.deliverDue().claimed()).as("backing off twice as long").isZero();
    clock.advance(MICRO);
    assertThat(relay.deliverDue()).isEqualTo(new Delivery(0, 0, 1, 0, false));
    Instant parkedAt = clock.instant();

    assertThat(handler.calls()).extracting(OutboxEntry::attempts).containsExactly(0, 1, 2);
    assertThat(handler.handled()).isEmpty();
    DeadLetter letter = store.outbox().deadLetters(10).single();
    assertThat(letter.entry().id()).isEqualTo(new EventId(payment.id(), 1));
    assertThat(letter.entry().attempts()).isEqualTo(3);
    assertThat(letter.entry().event()).isEqualTo(payment.events().head());
    assertThat(letter.parkedAt()).isEqualTo(parkedAt);
    assertThat(letter.lastError()).contains(IllegalStateException.class.getName())
        .contains(java.io.IOException.class.getName())
        .doesNotContain(RecordingEventHandler.SECRET);
    assertThat(store.outbox().counts()).isEqualTo(new OutboxCounts(0, 0, 1, 0, Option.none()));
    clock.advance(Duration.ofDays(30));
    assertThat(relay.deliverDue().claimed()).as("parked for good").isZero();
  }

  @Test
  @DisplayName("a payment's later events wait behind a failing or dead one; other payments do not")
  void laterEventsWaitBehindAFailedOne() {
    Payment stuck = saved(samples.in(PaymentStatus.PENDING));
    Payment other = saved(samples.in(PaymentStatus.PENDING));
    handler.failWhen(entry -> entry.paymentId().equals(stuck.id()));
    OutboxRelay relay = relay("relay-a", SETTINGS.withMaxAttempts(2));

    relay.deliverDue();
    clock.advance(Duration.ofSeconds(10));
    relay.deliverDue();
    clock.advance(Duration.ofDays(1));
    relay.deliverDue();

    assertThat(handler.calls()).filteredOn(entry -> entry.paymentId().equals(stuck.id()))
        .extracting(OutboxEntry::sequence).containsExactly(1, 1);
    assertThat(handler.handledSequences(other.id())).containsExactly(1, 2);
    assertThat(store.outbox().counts()).isEqualTo(new OutboxCounts(1, 0, 1, 2,
        Option.some(T0.plus(PaymentSamples.ANSWER_DELAY))));

    handler.failWhen(entry -> false);
    assertThat(store.outbox().replay(new EventId(stuck.id(), 1), clock.instant())).isTrue();
    relay.deliverDue();

    assertThat(handler.handledSequences(stuck.id())).containsExactly(1, 2);
    assertThat(store.outbox().deadLetters(10)).isEmpty();
  }

  @Test
  @DisplayName("replaying puts dead letters back, with fresh attempts, one or all")
  void replayingDeadLetters() {
    List<Payment> payments = List.range(0, 3).map(n -> saved(samples.created()));
    handler.failWhen(entry -> true);
    OutboxRelay relay = relay("relay-a", SETTINGS.withMaxAttempts(1));
    assertThat(relay.deliverDue().deadLettered()).isEqualTo(3);
    assertThat(store.outbox().deadLetters(2)).hasSize(2);
    EventId first = new EventId(payments.head().id(), 1);

    assertThat(store.outbox().replay(first, clock.instant())).isTrue();
    assertThat(store.outbox().replay(first, clock.instant())).as("no longer dead").isFalse();
    assertThat(store.outbox().replay(new EventId(payments.head().id(), 2), clock.instant()))
        .as("no such entry").isFalse();
    assertThat(store.outbox().counts().dead()).isEqualTo(2);
    assertThat(store.outbox().replayAll(clock.instant())).isEqualTo(2);
    assertThat(store.outbox().replayAll(clock.instant())).isZero();
    handler.failWhen(entry -> false);

    assertThat(relay.deliverDue().delivered()).isEqualTo(3);
    assertThat(handler.handled()).extracting(OutboxEntry::attempts).containsOnly(0);
    assertThat(store.outbox().counts()).isEqualTo(new OutboxCounts(0, 0, 0, 3, Option.none()));
  }

  // ---------------------------------------------------------------- housekeeping

  @Test
  @DisplayName("pruning deletes delivered entries past the retention, never pending or dead ones")
  void pruningKeepsWhatIsNotDelivered() {
    Payment delivered = saved(samples.created());
    Payment dead = saved(samples.created());
    OutboxRelay relay = relay("relay-a", SETTINGS.withMaxAttempts(1));
    handler.failWhen(entry -> entry.paymentId().equals(dead.id()));
    relay.deliverDue();
    Payment waiting = saved(samples.next().createdAt(NOW.plus(Duration.ofDays(2))).build());
    clock.advance(Duration.ofHours(1));

    assertThat(relay.prune()).as("delivered exactly a retention ago").isZero();
    clock.advance(MICRO);
    assertThat(relay.prune()).isOne();
    assertThat(relay.prune()).isZero();
    clock.advance(Duration.ofDays(365));
    assertThat(relay.prune()).isZero();

    assertThat(store.outbox().counts()).isEqualTo(new OutboxCounts(1, 0, 1, 0,
        Option.some(waiting.createdAt())));
    // A later event of a payment whose delivered entries are gone is delivered as usual.
    updated(PaymentSamples.answered(store.payments().findById(delivered.id()).get(), pending(),
        NOW.plusSeconds(5)));
    handler.failWhen(entry -> false);
    relay.deliverDue();
    assertThat(handler.handledSequences(delivered.id())).containsExactly(1, 2);
    assertThat(handler.handledSequences(waiting.id())).containsExactly(1);
  }

  @Test
  @DisplayName("a prune deletes at most its limit")
  void pruneIsBounded() {
    List.range(0, 5).forEach(n -> saved(samples.created()));
    relay("relay-a").deliverDue();

    Instant cutOff = clock.instant().plus(MICRO);
    assertThat(store.outbox().pruneDelivered(cutOff, 2)).isEqualTo(2);
    assertThat(store.outbox().pruneDelivered(cutOff, 10)).isEqualTo(3);
    assertThat(store.outbox().counts()).isEqualTo(OutboxCounts.EMPTY);
  }

  // ---------------------------------------------------------------- instances

  @Test
  @DisplayName("one claim hands out the first undelivered entry of each payment, once per lease")
  void aClaimTakesOneEntryPerPayment() {
    Payment payment = saved(samples.in(PaymentStatus.UNKNOWN));

    List<OutboxEntry> first = store.outbox().claimDue(NOW, 10, LEASE, "a");
    List<OutboxEntry> second = secondInstance(store).outbox().claimDue(NOW, 10, LEASE, "b");

    assertThat(first).extracting(OutboxEntry::id).containsExactly(new EventId(payment.id(), 1));
    assertThat(second).as("seq 1 is held and seq 2 must wait for it").isEmpty();
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  @DisplayName("two relays on two instances, racing a writer, never share an entry nor break order")
  void twoRelaysNeverOverlap() throws Exception {
    int paymentCount = 20;
    int checks = 3;
    java.util.List<PaymentId> ids = new ArrayList<>();
    for (int n = 0; n < paymentCount; n++) {
      ids.add(saved(samples.in(PaymentStatus.UNKNOWN)).id());
    }
    Store second = secondInstance(store);
    OutboxSettings small = SETTINGS.withBatchSize(3);
    OutboxRelay[] relays = {
        new OutboxRelay(store.outbox(), handler, small, clock, "instance-a"),
        new OutboxRelay(second.outbox(), handler, small, clock, "instance-b")};
    AtomicBoolean written = new AtomicBoolean();

    Concurrently.run(3, Duration.ofSeconds(100), thread -> {
      if (thread == 0) {
        for (int check = 1; check <= checks; check++) {
          for (PaymentId id : ids) {
            PaymentRepository payments = id.hashCode() % 2 == 0 ? store.payments()
                : second.payments();
            Payment current = payments.findById(id).get();
            assertThat(payments.update(checked(current, pending(),
                T0.plus(Duration.ofMinutes(2)).plusSeconds(check))).isRight()).isTrue();
          }
        }
        written.set(true);
        return 0;
      }
      OutboxRelay relay = relays[thread - 1];
      int idle = 0;
      while (idle < 3) {
        Delivery delivery = relay.deliverDue(5);
        boolean drained = written.get() && delivery.claimed() == 0
            && store.outbox().counts().pending() == 0;
        idle = drained ? idle + 1 : 0;
        if (delivery.claimed() == 0) {
          Thread.sleep(1);
        }
      }
      return 0;
    });

    assertThat(handler.overlaps()).isEmpty();
    for (PaymentId id : ids) {
      assertThat(handler.handledSequences(id)).as("payment %s", id)
          .containsExactlyElementsOf(IntStream.rangeClosed(1, 2 + checks).boxed().toList());
    }
    assertThat(store.outbox().counts()).isEqualTo(new OutboxCounts(0, 0, 0,
        (long) paymentCount * (2 + checks), Option.none()));
  }

  // ---------------------------------------------------------------- arguments

  @Test
  @DisplayName("a claim needs an instant, a positive limit and lease, and a claimer's name")
  void claimArgumentsAreChecked() {
    PaymentOutbox outbox = store.outbox();
    assertThatThrownBy(() -> outbox.claimDue(NOW, 0, LEASE, "a"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> outbox.claimDue(NOW, 1, Duration.ZERO, "a"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> outbox.claimDue(NOW, 1, LEASE, " "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> outbox.claimDue(NOW, 1, LEASE, "x".repeat(129)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> outbox.claimDue(null, 1, LEASE, "a"))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> outbox.pruneDelivered(NOW, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> outbox.deadLetters(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // ---------------------------------------------------------------- helpers

  private OutboxRelay relay(String instance) {
    return relay(instance, SETTINGS);
  }

  private OutboxRelay relay(String instance, OutboxSettings settings) {
    return new OutboxRelay(store.outbox(), handler, settings, clock, instance);
  }

  private Payment saved(Payment payment) {
    SaveOutcome outcome = store.payments().saveNew(payment);
    assertThat(outcome).isInstanceOf(SaveOutcome.Inserted.class);
    return ((SaveOutcome.Inserted) outcome).payment();
  }

  private Payment updated(Payment changed) {
    return store.payments().update(changed).getOrElseThrow(conflict ->
        new AssertionError("update lost: " + conflict));
  }
}
