package io.taksit.bootstrap.observability;

import io.taksit.application.port.out.OutboxCounts;
import io.taksit.application.port.out.PaymentOutbox;
import io.taksit.application.port.out.PaymentQuery;
import io.taksit.application.port.out.PaymentRepository;
import io.taksit.domain.payment.PaymentStatus;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stored work waiting, read from the stores at most once per {@code refreshEvery}: a scrape
 * every few seconds from several registries must not become several queries each time. A read
 * that fails keeps the last figures (and logs why), so a database hiccup is not reported as an
 * empty backlog. The counts are {@code COUNT} queries and no payment is loaded. The outbox's count
 * reads every row it keeps, one {@code GROUP BY status}. It keeps delivered rows only until
 * their retention ends, and that read, once per refresh, is the reason for the refresh.
 */
public final class Backlog {

  private static final Logger LOG = LoggerFactory.getLogger(Backlog.class);

  /** One reading. */
  public record Figures(long awaitingCheck, long awaitingReview, long outboxBacklog,
      long deadLetters, Instant readAt) {}

  private final PaymentRepository payments;
  private final PaymentOutbox outbox;
  private final Clock clock;
  private final Duration refreshEvery;
  private Figures last;

  public Backlog(PaymentRepository payments, PaymentOutbox outbox, Clock clock,
      Duration refreshEvery) {
    this.payments = Objects.requireNonNull(payments, "payments");
    this.outbox = Objects.requireNonNull(outbox, "outbox");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.refreshEvery = Objects.requireNonNull(refreshEvery, "refreshEvery");
  }

  /** The figures, read again if the last reading is older than {@code refreshEvery}. */
  public synchronized Figures read() {
    Instant now = clock.instant();
    if (last != null && now.isBefore(last.readAt().plus(refreshEvery))) {
      return last;
    }
    try {
      OutboxCounts counts = outbox.counts();
      last = new Figures(
          count(PaymentStatus.UNKNOWN, false) + count(PaymentStatus.PENDING, false),
          count(null, true), counts.pending() + counts.failing(), counts.dead(), now);
    } catch (RuntimeException e) {
      LOG.warn("could not read Taksit's backlog for metrics ({}); keeping the last figures",
          e.getClass().getSimpleName());
      if (last == null) {
        last = new Figures(0, 0, 0, 0, now);
      }
    }
    return last;
  }

  private long count(PaymentStatus status, boolean needsReview) {
    return payments.count(new PaymentQuery(Option.of(status), Option.none(), Option.none(),
        Option.none(), 1, needsReview));
  }
}
