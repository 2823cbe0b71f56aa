package io.taksit.sandbox;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Faults injected so far, by kind, plus how many of the charge-then-* faults actually charged:
 * the payments only a status call can settle. Thread-safe; the chaos test prints it.
 */
public final class FaultCounts {

  private static final FaultKind[] KINDS = FaultKind.values();

  private final AtomicLongArray byKind = new AtomicLongArray(KINDS.length);
  private final AtomicLong lostAfterCharge = new AtomicLong();
  private final AtomicLong lateAfterCharge = new AtomicLong();

  void injected(Fault fault) {
    if (fault.kind() != FaultKind.NONE) {
      byKind.incrementAndGet(fault.kind().ordinal());
    }
  }

  void answerLostAfterCharge() {
    lostAfterCharge.incrementAndGet();
  }

  void answerLateAfterCharge() {
    lateAfterCharge.incrementAndGet();
  }

  /** How many faults of this kind were injected. */
  public long count(FaultKind kind) {
    return byKind.get(kind.ordinal());
  }

  /** The kinds injected at least once, with their counts, in {@link FaultKind} order. */
  public Map<FaultKind, Long> byKind() {
    Map<FaultKind, Long> counts = new EnumMap<>(FaultKind.class);
    for (FaultKind kind : KINDS) {
      long count = byKind.get(kind.ordinal());
      if (count > 0) {
        counts.put(kind, count);
      }
    }
    return counts;
  }

  /** All faults injected. */
  public long total() {
    long total = 0;
    for (FaultKind kind : KINDS) {
      total += byKind.get(kind.ordinal());
    }
    return total;
  }

  /** Charge-then-drop requests that did charge: the money moved, the answer never came. */
  public long answersLostAfterCharge() {
    return lostAfterCharge.get();
  }

  /**
   * Charge-then-delay requests that did charge: the money moved, the answer came late (after a
   * client's read timeout, lost to it; the server cannot always tell).
   */
  public long lateAnswersAfterCharge() {
    return lateAfterCharge.get();
  }

  @Override
  public String toString() {
    return "faults " + byKind() + " (total " + total() + "; charged, answer lost "
        + answersLostAfterCharge() + ", charged, answer late " + lateAnswersAfterCharge() + ")";
  }
}
