package io.taksit.sandbox.spi;

import io.taksit.sandbox.SandboxLedger;
import io.taksit.sandbox.SandboxSettings;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a started sandbox hands one {@link SandboxProvider} to make its endpoint from.
 *
 * @param settings the settings the sandbox was started with (token and bill lifetimes, ...)
 * @param ledger   the sandbox's one ledger, shared by every provider: an endpoint records each
 *                 charge in it the moment it moves money, never twice for one key
 * @param today    the date the demo data's due dates are counted from: the sandbox clock's date
 *                 in the system's zone (the zone of whoever reads them)
 * @param data     the provider's seed data: the settings' override for it if there is one, else
 *                 its demo data (generated accounts not added yet: see
 *                 {@link #generatedAccounts()})
 * @param <D>      the provider's seed data type
 */
public record SandboxContext<D>(SandboxSettings settings, SandboxLedger ledger, LocalDate today,
    D data) {

  public SandboxContext {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(ledger, "ledger");
    Objects.requireNonNull(today, "today");
    Objects.requireNonNull(data, "data");
  }

  /** The sandbox's time: token and bill expiry, receipts. */
  public Clock clock() {
    return settings.clock();
  }

  /**
   * How many interchangeable payable accounts a billing provider adds to its data (chaos tests
   * and benchmarks need many); an installment-only provider ignores it.
   */
  public int generatedAccounts() {
    return settings.generatedAccounts();
  }
}
