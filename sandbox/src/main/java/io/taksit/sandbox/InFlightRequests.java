package io.taksit.sandbox;

import java.time.Duration;

/**
 * How many requests the sandbox is still working on, so that a test can wait until every
 * delayed charge has landed before it compares ledgers ({@link ProviderSandbox#awaitIdle}).
 */
final class InFlightRequests {

  private int count;

  synchronized void started() {
    count++;
  }

  synchronized void finished() {
    count--;
    if (count == 0) {
      notifyAll();
    }
  }

  synchronized int count() {
    return count;
  }

  /** Waits until no request is in flight; false if {@code timeout} passed first. */
  synchronized boolean awaitIdle(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (count > 0) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      wait(Math.max(1, left / 1_000_000));
    }
    return true;
  }
}
