package io.taksit.adapters.http.spi;

import java.time.Clock;
import java.util.Objects;

/**
 * What the wiring hands a provider when it creates its gateways.
 *
 * @param clock the host's time (token expiry, local dates on the wire)
 */
public record ProviderContext(Clock clock) {

  public ProviderContext {
    Objects.requireNonNull(clock, "clock");
  }
}
