package io.taksit.cli.chaos;

/** How one use-case call on a host ended. */
sealed interface Call<T> {

  /** It answered (an {@code Either}: a typed failure is still an answer). */
  record Done<T>(T value) implements Call<T> {}

  /** The host died during the call; its answer, if any, is lost. */
  record Crashed<T>(CrashPoint at) implements Call<T> {}

  /** An exception escaped the use case: the campaign fails on it. */
  record Threw<T>(Throwable error) implements Call<T> {}
}
