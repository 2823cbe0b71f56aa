package io.taksit.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.taksit.application.outbox.OutboxRelay;
import io.taksit.application.outbox.OutboxSettings;
import io.taksit.application.port.out.OutboxEntry;
import io.taksit.application.port.out.PaymentEventHandler;
import io.taksit.application.port.out.PaymentQuery;
import io.taksit.domain.payment.Payment;
import io.taksit.domain.payment.PaymentId;
import io.taksit.domain.payment.PaymentOutcome;
import io.taksit.domain.payment.PaymentStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Random histories of payments changing while relays deliver, fail, die mid-pass, back off,
 * replay and prune. Through every history: no event reaches the handler before every earlier
 * event of its payment was handled; and once the host is healthy and time has passed, every
 * stored event has been handled exactly once (nobody's lease ran out under a working relay), in
 * order, with its stable id and the very event the payment holds.
 */
public abstract class OutboxDeliveryProperties {

  /** A new, empty store; called once per try. */
  protected abstract OutboxContract.Store newStore();

  private static final int PAYMENTS = 3;
  private static final OutboxSettings SETTINGS = OutboxSettings.DEFAULTS.withBatchSize(2)
      .withLease(Duration.ofSeconds(30)).withMaxAttempts(3)
      .withBackoff(Duration.ofMinutes(1), Duration.ofMinutes(10)).withRetention(Duration.ofHours(1));

  enum Kind { PAY, CHECK, DELIVER, DELIVER_FAILING, DIE_MID_PASS, ADVANCE, REPLAY_ALL, PRUNE }

  record Step(Kind kind, int payment, PaymentStatus status, int minutes) {}

  @Property(tries = 200)
  void everyEventIsHandledOnceInOrder(@ForAll("histories") List<Step> steps) {
    OutboxContract.Store store = newStore();
    MovableClock clock = new MovableClock(PaymentSamples.T0);
    PaymentSamples samples = new PaymentSamples();
    OrderCheckingHandler handler = new OrderCheckingHandler();
    OutboxRelay relay = new OutboxRelay(store.outbox(), handler, SETTINGS, clock, "relay");
    Map<Integer, PaymentId> payments = new HashMap<>();

    for (Step step : steps) {
      handler.failing = false;
      switch (step.kind()) {
        case PAY -> {
          if (!payments.containsKey(step.payment())) {
            Payment payment = samples.next().createdAt(clock.instant()).in(step.status());
            store.payments().saveNew(payment);
            payments.put(step.payment(), payment.id());
          }
        }
        case CHECK -> {
          PaymentId id = payments.get(step.payment());
          if (id != null) {
            Payment current = store.payments().findById(id).get();
            current.recordStatusAnswer(answer(step.status()), clock.instant(),
                PaymentSamples.SCHEDULE).forEach(store.payments()::update);
          }
        }
        case DELIVER -> relay.deliverDue(step.minutes());
        case DELIVER_FAILING -> {
          handler.failing = true;
          relay.deliverDue(step.minutes());
        }
        case DIE_MID_PASS -> store.outbox().claimDue(clock.instant(), step.minutes(),
            SETTINGS.lease(), "died");
        case ADVANCE -> clock.advance(Duration.ofMinutes(step.minutes()));
        case REPLAY_ALL -> store.outbox().replayAll(clock.instant());
        case PRUNE -> relay.prune();
      }
    }
    // The host heals and time passes: leases end, backoffs run out, dead letters are replayed.
    handler.failing = false;
    for (int round = 0; round < 20 && store.outbox().counts().pending()
        + store.outbox().counts().dead() > 0; round++) {
      clock.advance(Duration.ofHours(1));
      store.outbox().replayAll(clock.instant());
      relay.deliverDue(1_000);
    }

    assertThat(handler.outOfOrder).isEmpty();
    for (Payment payment : store.payments().find(PaymentQuery.all(100))) {
      List<OutboxEntry> handled = handler.handled.getOrDefault(payment.id(), List.of());
      assertThat(handled).extracting(OutboxEntry::event).as("payment %s", payment.id())
          .containsExactlyElementsOf(payment.events());
      for (int n = 0; n < handled.size(); n++) {
        assertThat(handled.get(n).id().value()).isEqualTo(payment.id().value() + ":" + (n + 1));
      }
    }
    assertThat(store.outbox().counts().pending()).isZero();
  }

  private static PaymentOutcome answer(PaymentStatus status) {
    return switch (status) {
      case SUCCEEDED -> PaymentSamples.approved();
      case DECLINED -> PaymentSamples.declined();
      case UNKNOWN -> PaymentSamples.unknown();
      default -> PaymentSamples.pending();
    };
  }

  @Provide
  Arbitrary<List<Step>> histories() {
    Arbitrary<Kind> kinds = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.just(Kind.PAY)),
        Tuple.of(4, Arbitraries.just(Kind.CHECK)),
        Tuple.of(3, Arbitraries.just(Kind.DELIVER)),
        Tuple.of(2, Arbitraries.just(Kind.DELIVER_FAILING)),
        Tuple.of(1, Arbitraries.just(Kind.DIE_MID_PASS)),
        Tuple.of(3, Arbitraries.just(Kind.ADVANCE)),
        Tuple.of(1, Arbitraries.just(Kind.REPLAY_ALL)),
        Tuple.of(1, Arbitraries.just(Kind.PRUNE)));
    Arbitrary<PaymentStatus> statuses = Arbitraries.of(PaymentStatus.PENDING,
        PaymentStatus.UNKNOWN, PaymentStatus.SUCCEEDED, PaymentStatus.DECLINED);
    Arbitrary<Step> step = Combinators.combine(kinds, Arbitraries.integers().between(0,
        PAYMENTS - 1), statuses, Arbitraries.integers().between(1, 90)).as(Step::new);
    return step.list().ofMinSize(1).ofMaxSize(30);
  }

  /**
   * Records what was handled per payment and notes any entry offered before its payment's
   * earlier entries were all handled, or offered again after it was.
   */
  private static final class OrderCheckingHandler implements PaymentEventHandler {
    final Map<PaymentId, List<OutboxEntry>> handled = new HashMap<>();
    final List<String> outOfOrder = new ArrayList<>();
    boolean failing;

    @Override
    public void handle(OutboxEntry entry) {
      List<OutboxEntry> before = handled.computeIfAbsent(entry.paymentId(),
          id -> new ArrayList<>());
      if (entry.sequence() != before.size() + 1) {
        outOfOrder.add(entry.id() + " offered after " + before.size() + " handled");
      }
      if (failing) {
        throw new IllegalStateException("host bus down");
      }
      before.add(entry);
    }
  }
}
