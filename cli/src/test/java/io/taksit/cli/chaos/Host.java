package io.taksit.cli.chaos;

import com.zaxxer.hikari.HikariDataSource;
import io.taksit.bootstrap.Taksit;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * One host instance: a Taksit over its own connection pool to the shared database, serving the
 * campaign's calls on a request thread of its own. The campaign waits for a call to answer or for
 * the host to die in it, whichever comes first; a dead host is {@link #bury buried} and replaced.
 */
final class Host implements AutoCloseable {

  /** Far above any call's own limits (adapter timeouts, the gateway deadline). */
  private static final long CALL_LIMIT_SECONDS = 120;

  private final int number;
  private final HikariDataSource pool;
  private final Taksit taksit;
  private final HostLife life;
  private final ExecutorService requests;

  Host(int number, HikariDataSource pool, Taksit taksit, HostLife life) {
    this.number = number;
    this.pool = Objects.requireNonNull(pool, "pool");
    this.taksit = Objects.requireNonNull(taksit, "taksit");
    this.life = Objects.requireNonNull(life, "life");
    this.requests = Executors.newSingleThreadExecutor(task -> {
      Thread thread = new Thread(task, "chaos-host-" + number);
      thread.setDaemon(true);
      return thread;
    });
  }

  int number() {
    return number;
  }

  /** The host's Taksit, for work the campaign does directly (draining the outbox at the end). */
  Taksit taksit() {
    return taksit;
  }

  /** Runs a use-case call on this host's request thread. */
  <T> Call<T> call(Function<Taksit, T> action) {
    CompletableFuture<T> work = CompletableFuture.supplyAsync(() -> action.apply(taksit), requests);
    try {
      CompletableFuture.anyOf(work, life.crashed()).get(CALL_LIMIT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException threw) {
      // Read from the future below.
    } catch (TimeoutException hung) {
      return new Call.Threw<>(new IllegalStateException("host " + number
          + ": a call neither answered nor died within " + CALL_LIMIT_SECONDS + " s"));
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return new Call.Threw<>(interrupted);
    }
    if (life.crashed().isDone()) {
      return new Call.Crashed<>(life.crashed().join());
    }
    try {
      return new Call.Done<>(work.join());
    } catch (CompletionException threw) {
      return new Call.Threw<>(threw.getCause() != null ? threw.getCause() : threw);
    }
  }

  /**
   * The host died: its pool is closed first, so that nothing its threads do from here on is
   * stored; then the threads held at the crash point are let go and everything is shut down.
   */
  void bury() {
    pool.close();
    life.bury();
    taksit.close();
    requests.shutdownNow();
  }

  /** A clean stop at the end of the campaign. */
  @Override
  public void close() {
    requests.shutdown();
    taksit.close();
    pool.close();
  }
}
