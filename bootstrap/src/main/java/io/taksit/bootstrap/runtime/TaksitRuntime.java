package io.taksit.bootstrap.runtime;

import io.vavr.collection.List;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The work Taksit does on its own schedules, on daemon threads of its own: each task runs again a
 * fixed pause after its last pass ended (never two passes of one task at once), a pass that
 * throws is logged and counted, never the end of the schedule, and {@link #close()} lets the
 * running passes finish before it returns.
 */
public final class TaksitRuntime implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(TaksitRuntime.class);
  private static final Duration STOP_WAIT = Duration.ofSeconds(10);
  private static final AtomicInteger RUNTIMES = new AtomicInteger();

  /** One recurring task: its name (for logs and threads), its pause, what it does. */
  public record Task(String name, Duration every, Runnable pass) {
    public Task {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(every, "every");
      Objects.requireNonNull(pass, "pass");
    }
  }

  private final ScheduledExecutorService threads;
  private final AtomicLong failedPasses = new AtomicLong();
  private TaksitRuntime(List<Task> tasks) {
    int runtime = RUNTIMES.incrementAndGet();
    AtomicInteger count = new AtomicInteger();
    this.threads = Executors.newScheduledThreadPool(Math.max(1, tasks.size()), task -> {
      Thread thread = new Thread(task, "taksit-runtime-" + runtime + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
  }

  /** Starts every task; its first pass runs after one pause. */
  public static TaksitRuntime start(List<Task> tasks) {
    TaksitRuntime runtime = new TaksitRuntime(tasks);
    for (Task task : tasks) {
      long pause = task.every().toMillis();
      runtime.threads.scheduleWithFixedDelay(() -> runtime.pass(task), pause, pause,
          TimeUnit.MILLISECONDS);
    }
    return runtime;
  }

  private void pass(Task task) {
    try {
      task.pass().run();
    } catch (RuntimeException failed) {
      failedPasses.incrementAndGet();
      // The type and the place, not the message: it may quote provider text.
      StackTraceElement[] where = failed.getStackTrace();
      LOG.warn("taksit {} pass failed: {} at {}; it runs again in {}", task.name(),
          failed.getClass().getName(), where.length == 0 ? "?" : where[0], task.every());
    }
  }

  /** Whether it was closed and every pass has ended. */
  public boolean isStopped() {
    return threads.isTerminated();
  }

  /** Passes that threw so far (each logged). */
  public long failedPasses() {
    return failedPasses.get();
  }

  /** Stops scheduling; waits up to 10 s for running passes, then interrupts them. */
  @Override
  public void close() {
    threads.shutdown();
    try {
      if (!threads.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
        threads.shutdownNow();
      }
    } catch (InterruptedException interrupted) {
      threads.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
