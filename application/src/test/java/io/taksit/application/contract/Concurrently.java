package io.taksit.application.contract;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Runs work on many threads released together, so the calls really overlap. For race tests. */
public final class Concurrently {

  private Concurrently() {}

  /** One thread's share of a concurrent test. */
  @FunctionalInterface
  public interface ThreadWork<T> {
    T run(int thread) throws Exception;
  }

  /**
   * Runs {@code work} on {@code threads} threads released at once and answers each thread's
   * result, in thread order; each thread gets at most {@code timeout} to finish.
   */
  public static <T> List<T> run(int threads, Duration timeout, ThreadWork<T> work)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch ready = new CountDownLatch(threads);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (int thread = 0; thread < threads; thread++) {
        int index = thread;
        Callable<T> task = () -> {
          ready.countDown();
          go.await();
          return work.run(index);
        };
        futures.add(pool.submit(task));
      }
      ready.await();
      go.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
