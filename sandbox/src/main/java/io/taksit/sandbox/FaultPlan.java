package io.taksit.sandbox;

import java.util.Set;

/**
 * Decides, request by request, what goes wrong. Called once per routed request, from many server
 * threads at once: implementations must be thread-safe. Swap the plan of a running sandbox with
 * {@link ProviderSandbox#faults(FaultPlan)}.
 */
@FunctionalInterface
public interface FaultPlan {

  /** The fault for this request; {@link Fault#none()} for a normal answer. */
  Fault decide(SandboxRequest request);

  /** Every request is answered normally. */
  static FaultPlan none() {
    return request -> Fault.none();
  }

  /** An empty script: add the faults for the next matching requests to it. */
  static ScriptedFaults scripted() {
    return new ScriptedFaults();
  }

  /** A seeded random plan over all operations; see {@link RandomFaults}. */
  static RandomFaults random(long seed, double rate, Set<FaultKind> kinds) {
    return new RandomFaults(seed, rate, kinds);
  }
}
