package io.taksit.sandbox;

import io.taksit.domain.provider.ProviderId;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * How to start a {@link ProviderSandbox}: only what applies to every provider, plus, for a test
 * that needs other seed data than the demo's, one provider's data in place of its demo data.
 * {@link #defaults()} is the demo's: a random free port, every provider's demo data, no faults,
 * 15-minute tokens, 30-minute bills, no generated accounts.
 *
 * @param port              the loopback port, 0 for a random free one
 * @param faults            the fault plan at start (swap it later with
 *                          {@link ProviderSandbox#faults(FaultPlan)})
 * @param tokenLifetime     how long a bearer token is good (what the token answers report)
 * @param billLifetime      how long a bill issued by an inquiry can be paid
 * @param clock             the sandbox's time: token and bill expiry, ledger times, receipts, and
 *                          the date the demo data is counted from
 * @param generatedAccounts how many interchangeable payable accounts each billing provider adds to
 *                          its data (chaos tests and benchmarks need many payable bills)
 * @param providerData      seed data replacing a provider's demo data, by provider; each must be
 *                          of that provider's data type
 */
public record SandboxSettings(int port, FaultPlan faults, Duration tokenLifetime,
    Duration billLifetime, Clock clock, int generatedAccounts,
    Map<ProviderId, Object> providerData) {

  /** The most accounts a provider may generate: their numbers stay within one numbering range. */
  public static final int MAX_GENERATED_ACCOUNTS = 99_999_999;

  public SandboxSettings {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be within 0 and 65535, was " + port);
    }
    Objects.requireNonNull(faults, "faults");
    Objects.requireNonNull(clock, "clock");
    requirePositive(tokenLifetime, "tokenLifetime");
    requirePositive(billLifetime, "billLifetime");
    if (generatedAccounts < 0 || generatedAccounts > MAX_GENERATED_ACCOUNTS) {
      throw new IllegalArgumentException("generatedAccounts must be within 0 and 99,999,999, was "
          + generatedAccounts);
    }
    providerData = Map.copyOf(providerData);
  }

  /** The demo's settings. */
  public static SandboxSettings defaults() {
    return new SandboxSettings(0, FaultPlan.none(), Duration.ofMinutes(15), Duration.ofMinutes(30),
        Clock.systemUTC(), 0, Map.of());
  }

  public SandboxSettings withPort(int newPort) {
    return new SandboxSettings(newPort, faults, tokenLifetime, billLifetime, clock,
        generatedAccounts, providerData);
  }

  public SandboxSettings withFaults(FaultPlan newFaults) {
    return new SandboxSettings(port, newFaults, tokenLifetime, billLifetime, clock,
        generatedAccounts, providerData);
  }

  public SandboxSettings withTokenLifetime(Duration newLifetime) {
    return new SandboxSettings(port, faults, newLifetime, billLifetime, clock, generatedAccounts,
        providerData);
  }

  public SandboxSettings withBillLifetime(Duration newLifetime) {
    return new SandboxSettings(port, faults, tokenLifetime, newLifetime, clock, generatedAccounts,
        providerData);
  }

  public SandboxSettings withClock(Clock newClock) {
    return new SandboxSettings(port, faults, tokenLifetime, billLifetime, newClock,
        generatedAccounts, providerData);
  }

  /**
   * {@code count} interchangeable payable accounts per billing provider on top of its data, each
   * owing one bill that is followed by the next once paid, so that a long run never runs out of
   * payable bills; what they look like is each provider's own (its data type documents it).
   */
  public SandboxSettings withGeneratedAccounts(int count) {
    return new SandboxSettings(port, faults, tokenLifetime, billLifetime, clock, count,
        providerData);
  }

  /**
   * {@code data} in place of {@code provider}'s demo data. It must be of the provider's data type
   * (its {@code SandboxProvider.dataType()}, e.g. a record of the provider's package), and the
   * provider must be installed: starting a sandbox fails otherwise.
   */
  public SandboxSettings withProviderData(ProviderId provider, Object data) {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(data, "data");
    Map<ProviderId, Object> more = new HashMap<>(providerData);
    more.put(provider, data);
    return new SandboxSettings(port, faults, tokenLifetime, billLifetime, clock, generatedAccounts,
        more);
  }

  /**
   * The data set for {@code provider} in place of its demo data, if any.
   *
   * @throws IllegalArgumentException if the data set for it is not a {@code type}
   */
  public <T> Option<T> providerData(ProviderId provider, Class<T> type) {
    Object data = providerData.get(provider);
    if (data == null) {
      return Option.none();
    }
    if (!type.isInstance(data)) {
      throw new IllegalArgumentException("the data set for provider " + provider + " is a "
          + data.getClass().getName() + ", not the " + type.getName() + " it takes");
    }
    return Option.some(type.cast(data));
  }

  /** Names what is set; the data overrides only by provider (they can be large). */
  @Override
  public String toString() {
    return "SandboxSettings[port=" + port + ", faults=" + faults + ", tokenLifetime="
        + tokenLifetime + ", billLifetime=" + billLifetime + ", clock=" + clock
        + ", generatedAccounts=" + generatedAccounts + ", providerData for "
        + new TreeSet<>(providerData.keySet()) + "]";
  }

  private static void requirePositive(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + duration);
    }
  }
}
