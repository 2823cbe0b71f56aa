package io.taksit.cli.view;

import io.taksit.application.port.out.OutboxCounts;
import java.time.Instant;

/** {@code taksit events}: how many payment events wait, fail, were parked or delivered. */
public record OutboxCountsView(long pending, long failing, long dead, long delivered,
    String oldestPending) implements View {

  public static OutboxCountsView of(OutboxCounts counts) {
    return new OutboxCountsView(counts.pending(), counts.failing(), counts.dead(),
        counts.delivered(), counts.oldestPending().map(Instant::toString).getOrNull());
  }

  @Override
  public String text() {
    return "Payment events: " + pending + " pending, " + failing + " failing, " + dead
        + " dead, " + delivered + " delivered"
        + (oldestPending == null ? "" : "; oldest pending since " + oldestPending)
        + System.lineSeparator();
  }
}
