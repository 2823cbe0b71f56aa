package io.taksit.cli.chaos;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

/**
 * One host's life and death. A gateway call that draws a crash announces it ({@link #crashed()}
 * completes) and then holds its thread until the host is buried: the driver sees the crash, closes
 * the host's database pool, and only then lets the held thread go on, by throwing
 * {@link HostCrashed}. Whatever the dead host's threads try afterwards cannot reach the database,
 * exactly as if the process had died at the crash point.
 */
final class HostLife {

  private final CrashDice dice;
  private final CompletableFuture<CrashPoint> crashed = new CompletableFuture<>();
  private final CountDownLatch buried = new CountDownLatch(1);

  HostLife(CrashDice dice) {
    this.dice = dice;
  }

  /** Completes when (and where) the host died. */
  CompletableFuture<CrashPoint> crashed() {
    return crashed;
  }

  CrashDice dice() {
    return dice;
  }

  /** A dead host makes no more calls. */
  void requireAlive() {
    if (crashed.isDone()) {
      throw new HostCrashed("the host is dead");
    }
  }

  /** Dies here: announces the crash, waits to be buried, never returns. */
  HostCrashed die(CrashPoint point) {
    crashed.complete(point);
    boolean interrupted = false;
    while (true) {
      try {
        buried.await();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    throw new HostCrashed("the host died at " + point);
  }

  /** Releases the threads held at the crash point; call after the host's pool is closed. */
  void bury() {
    buried.countDown();
  }
}
