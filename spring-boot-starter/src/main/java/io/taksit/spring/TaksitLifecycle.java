package io.taksit.spring;

import io.taksit.bootstrap.Taksit;
import java.util.Objects;
import org.springframework.context.SmartLifecycle;

/**
 * Ties Taksit's runtime (reconciler, outbox relay, housekeeping) to the application context: it
 * starts once the context is refreshed, so no pass runs against a half-made application, and
 * stops when the context stops, before the data source closes.
 */
public final class TaksitLifecycle implements SmartLifecycle {

  private final Taksit taksit;

  public TaksitLifecycle(Taksit taksit) {
    this.taksit = Objects.requireNonNull(taksit, "taksit");
  }

  @Override
  public void start() {
    taksit.startRuntime();
  }

  @Override
  public void stop() {
    taksit.stopRuntime();
  }

  @Override
  public boolean isRunning() {
    return taksit.isRuntimeRunning();
  }
}
