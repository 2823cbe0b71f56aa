package io.taksit.adapters.http.support;

import java.time.Duration;

/** Waits between read retries; tests replace it to count waits instead of sleeping. */
@FunctionalInterface
public interface Sleeper {

  Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

  void sleep(Duration duration) throws InterruptedException;
}
