package io.taksit.sandbox;

import io.taksit.domain.provider.ProviderId;
import io.vavr.control.Option;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Objects;

/**
 * A script of faults for the next matching requests, for the demo and for tests that must know
 * exactly which request fails: {@code next(provider, PAY, Fault.chargeThenDrop())} spoils the
 * next payment to that provider and nothing else. Each entry is used once, in the order added; a
 * request that no entry matches is answered normally. Thread-safe.
 */
public final class ScriptedFaults implements FaultPlan {

  private final Deque<Entry> entries = new ArrayDeque<>();

  /** The next request of any provider and operation gets {@code fault}. */
  public ScriptedFaults next(Fault fault) {
    return add(new Entry(Option.none(), Option.none(), fault));
  }

  /** The next request of {@code operation}, any provider, gets {@code fault}. */
  public ScriptedFaults next(SandboxOperation operation, Fault fault) {
    return add(new Entry(Option.none(), Option.some(operation), fault));
  }

  /** The next request of {@code operation} to {@code provider} gets {@code fault}. */
  public ScriptedFaults next(ProviderId provider, SandboxOperation operation, Fault fault) {
    return add(new Entry(Option.some(provider), Option.some(operation), fault));
  }

  /** The next {@code times} requests of {@code operation} to {@code provider} get {@code fault}. */
  public ScriptedFaults next(ProviderId provider, SandboxOperation operation, Fault fault,
      int times) {
    for (int i = 0; i < times; i++) {
      next(provider, operation, fault);
    }
    return this;
  }

  /** How many scripted faults have not been used yet. */
  public synchronized int remaining() {
    return entries.size();
  }

  /** Forgets the faults not used yet. */
  public synchronized void clear() {
    entries.clear();
  }

  @Override
  public synchronized Fault decide(SandboxRequest request) {
    for (Iterator<Entry> it = entries.iterator(); it.hasNext(); ) {
      Entry entry = it.next();
      if (entry.matches(request)) {
        it.remove();
        return entry.fault();
      }
    }
    return Fault.none();
  }

  private synchronized ScriptedFaults add(Entry entry) {
    entries.addLast(entry);
    return this;
  }

  private record Entry(Option<ProviderId> provider, Option<SandboxOperation> operation,
      Fault fault) {

    Entry {
      Objects.requireNonNull(fault, "fault");
    }

    boolean matches(SandboxRequest request) {
      return provider.forAll(request.provider()::equals)
          && operation.forAll(request.operation()::equals);
    }
  }
}
