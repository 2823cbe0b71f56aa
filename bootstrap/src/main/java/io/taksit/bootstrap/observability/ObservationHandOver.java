package io.taksit.bootstrap.observability;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * An executor that carries the caller's current observation over to the task's thread. Provider
 * calls run on Taksit's gateway threads (so a deadline can abandon a hung call); without the hand
 * over, a provider call's observation would have no parent and a trace would show it apart from
 * the use case that made it.
 */
final class ObservationHandOver extends AbstractExecutorService {

  private final ExecutorService threads;
  private final ObservationRegistry registry;

  ObservationHandOver(ExecutorService threads, ObservationRegistry registry) {
    this.threads = Objects.requireNonNull(threads, "threads");
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  @Override
  public void execute(Runnable task) {
    Observation parent = registry.getCurrentObservation();
    if (parent == null) {
      threads.execute(task);
      return;
    }
    threads.execute(() -> {
      Observation.Scope scope = parent.openScope();
      try {
        task.run();
      } finally {
        scope.close();
      }
    });
  }

  @Override
  public void shutdown() {
    threads.shutdown();
  }

  @Override
  public List<Runnable> shutdownNow() {
    return threads.shutdownNow();
  }

  @Override
  public boolean isShutdown() {
    return threads.isShutdown();
  }

  @Override
  public boolean isTerminated() {
    return threads.isTerminated();
  }

  @Override
  public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
    return threads.awaitTermination(timeout, unit);
  }
}
