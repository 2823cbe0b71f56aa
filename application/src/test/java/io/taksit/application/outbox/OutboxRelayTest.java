package io.taksit.application.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taksit.application.port.out.DeadLetter;
import io.taksit.application.port.out.EventId;
import io.taksit.application.port.out.OutboxCounts;
import io.taksit.application.port.out.OutboxEntry;
import io.taksit.application.port.out.PaymentOutbox;
import io.taksit.domain.payment.PaymentEvent;
import io.taksit.domain.payment.PaymentId;
import io.vavr.collection.List;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The relay's own decisions, over a scripted outbox: what it does when the host stops it, when
 * its marks are refused, and when the store breaks. The store side is {@code OutboxContract}'s.
 */
class OutboxRelayTest {

  private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  private final ScriptedOutbox outbox = new ScriptedOutbox();

  @AfterEach
  void clearInterrupt() {
    Thread.interrupted();
  }

  @Test
  void anInterruptedHandlerStopsThePassAndLeavesItsEntriesClaimed() {
    outbox.due(entry("p-1"), entry("p-2"));
    OutboxRelay relay = new OutboxRelay(outbox, entry -> {
      throw new InterruptedException("host stopping");
    }, OutboxSettings.DEFAULTS, CLOCK, "relay");

    Delivery delivery = relay.deliverDue();

    assertThat(delivery).isEqualTo(new Delivery(0, 0, 0, 2, false));
    assertThat(Thread.currentThread().isInterrupted()).isTrue();
    assertThat(outbox.marks).isEmpty();
  }

  @Test
  void aRefusedMarkLeavesTheEntryUnsettled() {
    outbox.due(entry("p-1"));
    outbox.marksSucceed = false;
    OutboxRelay relay = new OutboxRelay(outbox, entry -> { }, OutboxSettings.DEFAULTS, CLOCK,
        "relay");

    assertThat(relay.deliverDue()).isEqualTo(new Delivery(0, 0, 0, 1, false));
    assertThat(outbox.marks).containsExactly("delivered p-1:1 by relay");
  }

  @Test
  void aFailureIsMarkedWithItsBackoffAndTypesOnly() {
    outbox.due(entry("p-1"));
    OutboxRelay relay = new OutboxRelay(outbox, entry -> {
      throw new IllegalStateException("secret");
    }, OutboxSettings.DEFAULTS, CLOCK, "relay");

    assertThat(relay.deliverDue()).isEqualTo(new Delivery(0, 1, 0, 0, false));
    assertThat(outbox.marks).containsExactly("failed p-1:1 by relay until "
        + NOW.plusSeconds(5) + ": java.lang.IllegalStateException");
  }

  @Test
  void aPassThatClaimedItsLimitSaysMoreMayBeDue() {
    outbox.due(entry("p-1"), entry("p-2"), entry("p-3"));
    OutboxRelay relay = new OutboxRelay(outbox, entry -> { },
        OutboxSettings.DEFAULTS.withBatchSize(2), CLOCK, "relay");

    assertThat(relay.deliverDue()).isEqualTo(new Delivery(2, 0, 0, 0, true));
    assertThat(outbox.claims).containsExactly(2);
    assertThat(relay.deliverDue(5)).isEqualTo(new Delivery(1, 0, 0, 0, false));
    assertThat(outbox.claims).containsExactly(2, 2, 2);
  }

  @Test
  void brokenStorageIsThrownToTheScheduler() {
    outbox.broken = true;
    OutboxRelay relay = new OutboxRelay(outbox, entry -> { }, OutboxSettings.DEFAULTS, CLOCK,
        "relay");

    assertThatThrownBy(relay::deliverDue).isInstanceOf(IllegalStateException.class)
        .hasMessage("database down");
  }

  @Test
  void pruningCutsAtTheRetentionInBoundedBatches() {
    OutboxRelay relay = new OutboxRelay(outbox, entry -> { },
        OutboxSettings.DEFAULTS.withBatchSize(50), CLOCK, "relay");

    relay.prune();

    assertThat(outbox.marks).containsExactly("pruned before " + NOW.minus(Duration.ofDays(7))
        + " up to 500");
  }

  @Test
  void argumentsAreChecked() {
    assertThatThrownBy(() -> new OutboxRelay(outbox, entry -> { }, OutboxSettings.DEFAULTS,
        CLOCK, " ")).isInstanceOf(IllegalArgumentException.class);
    OutboxRelay relay = new OutboxRelay(outbox, entry -> { }, OutboxSettings.DEFAULTS, CLOCK,
        "relay");
    assertThatThrownBy(() -> relay.deliverDue(0)).isInstanceOf(IllegalArgumentException.class);
  }

  private static OutboxEntry entry(String paymentId) {
    PaymentId id = new PaymentId(paymentId);
    return new OutboxEntry(new EventId(id, 1), new PaymentEvent.Created(id, NOW), NOW, 0);
  }

  /** Hands out the entries it was given, a claim's limit at a time, and notes every mark. */
  private static final class ScriptedOutbox implements PaymentOutbox {
    final Deque<OutboxEntry> due = new ArrayDeque<>();
    final java.util.List<String> marks = new ArrayList<>();
    final java.util.List<Integer> claims = new ArrayList<>();
    boolean marksSucceed = true;
    boolean broken;

    void due(OutboxEntry... entries) {
      due.addAll(java.util.List.of(entries));
    }

    @Override
    public List<OutboxEntry> claimDue(Instant now, int limit, Duration lease, String claimer) {
      if (broken) {
        throw new IllegalStateException("database down");
      }
      claims.add(limit);
      java.util.List<OutboxEntry> taken = new ArrayList<>();
      while (taken.size() < limit && !due.isEmpty()) {
        taken.add(due.poll());
      }
      return List.ofAll(taken);
    }

    @Override
    public boolean markDelivered(EventId id, String claimer, Instant at) {
      marks.add("delivered " + id + " by " + claimer);
      return marksSucceed;
    }

    @Override
    public boolean markFailed(EventId id, String claimer, Instant nextAttemptAt, String error) {
      marks.add("failed " + id + " by " + claimer + " until " + nextAttemptAt + ": " + error);
      return marksSucceed;
    }

    @Override
    public boolean markDead(EventId id, String claimer, Instant at, String error) {
      marks.add("dead " + id + " by " + claimer + ": " + error);
      return marksSucceed;
    }

    @Override
    public List<DeadLetter> deadLetters(int limit) {
      return List.empty();
    }

    @Override
    public boolean replay(EventId id, Instant now) {
      return false;
    }

    @Override
    public int replayAll(Instant now) {
      return 0;
    }

    @Override
    public int pruneDelivered(Instant deliveredBefore, int limit) {
      marks.add("pruned before " + deliveredBefore + " up to " + limit);
      return 0;
    }

    @Override
    public OutboxCounts counts() {
      return OutboxCounts.EMPTY;
    }
  }
}
