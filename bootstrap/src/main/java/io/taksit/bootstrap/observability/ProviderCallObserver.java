package io.taksit.bootstrap.observability;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Watches provider calls: runs {@code body} and learns its outcome. Observers nest (metrics
 * around the activity record around the call), and an observer never changes what the call
 * returns.
 */
public interface ProviderCallObserver {

  <T> T observe(ProviderCall call, Supplier<T> body, Function<T, CallOutcome> outcome);

  /** {@code inner} observed by this observer: this one sees the call first. */
  default ProviderCallObserver around(ProviderCallObserver inner) {
    ProviderCallObserver outer = this;
    return new ProviderCallObserver() {
      @Override
      public <T> T observe(ProviderCall call, Supplier<T> body, Function<T, CallOutcome> outcome) {
        return outer.observe(call, () -> inner.observe(call, body, outcome), outcome);
      }
    };
  }
}
