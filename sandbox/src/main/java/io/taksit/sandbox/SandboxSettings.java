package io.taksit.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How to start a {@link ProviderSandbox}. {@link #defaults()} is the demo's: a random free port,
 * the demo credentials and data, no faults, 15-minute tokens, 30-minute bills.
 *
 * @param port          the loopback port, 0 for a random free one
 * @param credentials   what the providers accept
 * @param data          what the providers know at start
 * @param faults        the fault plan at start (swap it later with
 *                      {@link ProviderSandbox#faults(FaultPlan)})
 * @param tokenLifetime how long a Momkn or Sipay bearer token is good ({@code expiresIn} /
 *                      {@code expires_in} report it)
 * @param billLifetime  how long a Momkn Brn can be paid after its inquiry
 * @param paywallShape  which Paywall answer shape to write
 * @param clock         the sandbox's time: token and bill expiry, ledger times, receipts
 */
public record SandboxSettings(int port, SandboxCredentials credentials, SandboxData data,
    FaultPlan faults, Duration tokenLifetime, Duration billLifetime, PaywallShape paywallShape,
    Clock clock) {

  public SandboxSettings {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be within 0 and 65535, was " + port);
    }
    Objects.requireNonNull(credentials, "credentials");
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(faults, "faults");
    Objects.requireNonNull(paywallShape, "paywallShape");
    Objects.requireNonNull(clock, "clock");
    requirePositive(tokenLifetime, "tokenLifetime");
    requirePositive(billLifetime, "billLifetime");
  }

  /** The demo's settings. */
  public static SandboxSettings defaults() {
    return new SandboxSettings(0, SandboxCredentials.demo(), SandboxData.demo(), FaultPlan.none(),
        Duration.ofMinutes(15), Duration.ofMinutes(30), PaywallShape.CURRENT, Clock.systemUTC());
  }

  public SandboxSettings withPort(int newPort) {
    return new SandboxSettings(newPort, credentials, data, faults, tokenLifetime, billLifetime,
        paywallShape, clock);
  }

  public SandboxSettings withCredentials(SandboxCredentials newCredentials) {
    return new SandboxSettings(port, newCredentials, data, faults, tokenLifetime, billLifetime,
        paywallShape, clock);
  }

  public SandboxSettings withData(SandboxData newData) {
    return new SandboxSettings(port, credentials, newData, faults, tokenLifetime, billLifetime,
        paywallShape, clock);
  }

  public SandboxSettings withFaults(FaultPlan newFaults) {
    return new SandboxSettings(port, credentials, data, newFaults, tokenLifetime, billLifetime,
        paywallShape, clock);
  }

  public SandboxSettings withTokenLifetime(Duration newLifetime) {
    return new SandboxSettings(port, credentials, data, faults, newLifetime, billLifetime,
        paywallShape, clock);
  }

  public SandboxSettings withBillLifetime(Duration newLifetime) {
    return new SandboxSettings(port, credentials, data, faults, tokenLifetime, newLifetime,
        paywallShape, clock);
  }

  public SandboxSettings withPaywallShape(PaywallShape newShape) {
    return new SandboxSettings(port, credentials, data, faults, tokenLifetime, billLifetime,
        newShape, clock);
  }

  public SandboxSettings withClock(Clock newClock) {
    return new SandboxSettings(port, credentials, data, faults, tokenLifetime, billLifetime,
        paywallShape, newClock);
  }

  private static void requirePositive(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + duration);
    }
  }
}
