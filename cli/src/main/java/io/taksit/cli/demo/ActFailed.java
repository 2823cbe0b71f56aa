package io.taksit.cli.demo;

import io.taksit.application.failure.Failure;
import io.vavr.control.Either;

/**
 * An act of the demo could not be played as written: a use case refused where it should not
 * have, or a payment ended elsewhere than the act shows. The scenario prints why, skips what
 * depended on it and fails the run; it is never a stack trace on the screen.
 */
final class ActFailed extends RuntimeException {

  private static final long serialVersionUID = 1L;

  ActFailed(String why) {
    super(why);
  }

  /** The value, or the act stops with what was being done and the failure's code and message. */
  static <T> T expect(Either<Failure, T> result, String doing) {
    if (result.isLeft()) {
      Failure failure = result.getLeft();
      throw new ActFailed(doing + " failed: " + failure.code() + ": " + failure.message());
    }
    return result.get();
  }

  /** Stops the act unless {@code condition} holds. */
  static void check(boolean condition, String expectation) {
    if (!condition) {
      throw new ActFailed("expected " + expectation);
    }
  }
}
