package io.taksit.bootstrap.runtime;

import io.taksit.application.outbox.OutboxRelay;
import io.taksit.application.port.out.FeeQuotes;
import io.taksit.application.port.out.InquiredBills;
import java.time.Clock;
import java.util.Objects;

/**
 * What keeps Taksit's tables from growing without bound, away from the payment path: delivered
 * outbox entries past their retention, and inquired bills and fee quotes gone stale. The runtime
 * runs it on its own pause ({@code runtime.pruneEvery}); a host with the runtime off calls
 * {@code Taksit.housekeep()} on its own schedule (the CLI's {@code taksit reconcile} does).
 */
public final class Housekeeping {

  private final OutboxRelay relay;
  private final InquiredBills bills;
  private final FeeQuotes quotes;
  private final Clock clock;

  public Housekeeping(OutboxRelay relay, InquiredBills bills, FeeQuotes quotes, Clock clock) {
    this.relay = Objects.requireNonNull(relay, "relay");
    this.bills = Objects.requireNonNull(bills, "bills");
    this.quotes = Objects.requireNonNull(quotes, "quotes");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * What one pass removed.
   *
   * @param outboxEntries delivered outbox entries past their retention
   * @param bills         inquired bills gone stale
   * @param quotes        fee quotes gone stale
   */
  public record Report(int outboxEntries, int bills, int quotes) {}

  /** One pass: each store prunes what went stale by now. */
  public Report run() {
    int entries = relay.prune();
    int staleBills = bills.pruneStale(clock.instant());
    int staleQuotes = quotes.pruneStale(clock.instant());
    return new Report(entries, staleBills, staleQuotes);
  }
}
