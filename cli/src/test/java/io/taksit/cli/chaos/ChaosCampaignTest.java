package io.taksit.cli.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import io.taksit.sandbox.FaultCounts;
import io.taksit.sandbox.FaultKind;
import io.taksit.domain.payment.PaymentStatus;
import io.taksit.domain.provider.ProviderId;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The fault campaign: N payments through the real HTTP adapters to the provider sandbox, with a
 * random fault on about a quarter of the requests and hosts that die mid-payment and are replaced
 * by new ones over the same PostgreSQL database; then reconciliation until nothing is due. The
 * sandbox's ledger must then match Taksit's SUCCEEDED payments one to one: nothing charged twice,
 * nothing charged that Taksit does not know of, no payment lost. See {@code docs/chaos.md}.
 *
 * <p>{@code -Dtaksit.chaos.payments=10000} (default 300), {@code -Dtaksit.chaos.seed=…},
 * {@code -Dtaksit.chaos.hosts=…} (default 1), {@code -Dtaksit.chaos.faultRate=…} (default 0.25).
 */
@Tag("chaos")
class ChaosCampaignTest {

  @Test
  void theLedgerMatchesTheSucceededPaymentsOneToOne() throws Exception {
    ChaosSettings settings = ChaosSettings.fromSystemProperties();
    ChaosTally tally = new ChaosTally();
    long started = System.nanoTime();
    ChaosCampaign.Outcome outcome;
    FaultCounts faults;
    int hostsStarted;
    String outbox;
    long statusChanges;
    long delivered;
    try (ChaosWorld world = new ChaosWorld(settings, tally)) {
      outcome = new ChaosCampaign(world, tally).run();
      faults = world.sandbox().injectedFaults();
      outbox = world.drainOutbox();
      statusChanges = world.statusChanges();
      delivered = world.events().distinct();
      hostsStarted = world.hostsStarted();
    }
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    System.out.println(report(settings, tally, outcome, faults, hostsStarted, took));
    System.out.println(outbox);

    assertThat(delivered).as("every status change's event delivered at least once (" + outbox
        + ")").isEqualTo(statusChanges);

    assertThat(outcome.problems()).as("escaped exceptions and broken replays").isEmpty();
    for (ChaosAudit audit : List.of(outcome.afterReconciliation(), outcome.afterReview())) {
      assertThat(audit.doubleCharges()).as("double charges (ledger)").isEmpty();
      assertThat(audit.keysChargedTwice()).as("keys charged twice").isEmpty();
      assertThat(audit.lost()).as("lost payments: money moved, Taksit does not say so").isEmpty();
      assertThat(audit.phantoms()).as("SUCCEEDED payments without a charge").isEmpty();
      assertThat(audit.mismatches()).as("charges that differ from their payment").isEmpty();
      assertThat(audit.missing()).as("keys without exactly one payment").isEmpty();
      assertThat(audit.unsettled()).as("payments neither settled nor flagged for review")
          .isEmpty();
    }
    // Once the flagged payments are looked at, the ledger is the SUCCEEDED payments exactly.
    assertThat(outcome.afterReview().chargedInReview()).as("charged, still in review").isEmpty();
    assertThat(outcome.afterReview().inReview()).as("still in review").isEmpty();
    assertThat(outcome.writtenKeys()).as("payments written").hasSizeGreaterThanOrEqualTo(
        settings.payments() * 9 / 10);
    assertThat(faults.total()).as("faults injected").isPositive();
  }

  static String report(ChaosSettings settings, ChaosTally tally, ChaosCampaign.Outcome outcome,
      FaultCounts faults, int hostsStarted, Duration took) {
    ChaosAudit audit = outcome.afterReconciliation();
    ChaosAudit reviewed = outcome.afterReview();
    long crashes = tally.startingWith("crashes: ").values().stream().mapToLong(Long::longValue)
        .sum();
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%nTaksit chaos campaign: seed %d, %d payments, %d host"
            + " thread(s), fault rate %.2f, crash rate %.2f per payment call / %.2f per status"
            + " call, read timeout %d ms%n", settings.seed(), settings.payments(),
        settings.hosts(), settings.faultRate(), settings.payCrashRate(),
        settings.statusCrashRate(), settings.readTimeout().toMillis()));
    row(out, "duration", String.format(Locale.ROOT, "%.1f s", took.toMillis() / 1000.0));
    row(out, "wall time (ms)", join(tally.startingWith("ms: ")));
    row(out, "payments stored", audit.payments().size() + " (Momkn "
        + audit.byProvider(new ProviderId("momkn").value()) + ", Sipay "
        + audit.byProvider(new ProviderId("sipay").value()) + "); keys refused before writing: "
        + outcome.refusedKeys().size() + "; never written: " + tally.get("payments never written"));
    row(out, "final status", join(audit.byOutcome()) + "; after review: "
        + join(reviewed.byOutcome()));
    row(out, "first answers", join(tally.startingWith("first answer: ")));
    row(out, "faults injected", faults.total() + ": " + faults.byKind().entrySet().stream()
        .map(e -> kindName(e.getKey()) + " " + e.getValue()).collect(Collectors.joining(", ")));
    row(out, "charged, answer lost", faults.answersLostAfterCharge() + " dropped, "
        + faults.lateAnswersAfterCharge() + " late");
    row(out, "host crashes", crashes + " (" + join(tally.startingWith("crashes: "))
        + "); hosts started " + hostsStarted);
    row(out, "replays", tally.get("replays after a crash") + " after a crash, "
        + tally.get("idempotent replays") + " idempotent");
    row(out, "retries", tally.get("retries") + " (" + join(tally.startingWith("retry answer: "))
        + "; budgets exhausted " + tally.get("retry budgets exhausted") + ")");
    row(out, "reconciliation passes", tally.get("reconciliation passes") + "; payments checked "
        + tally.get("payments checked by the reconciler") + "; flagged for review "
        + tally.get("flagged for review"));
    row(out, "status checks", join(tally.startingWith("status checks: ")));
    row(out, "read failures", join(tally.startingWith("inquiry failed: ")) + " (inquiry); "
        + join(tally.startingWith("fee quote failed: ")) + " (fees); retry waits "
        + tally.get("read retry waits"));
    row(out, "pay refused", join(tally.startingWith("pay refused: ")));
    row(out, "ledger charges", ledgerLine(audit) + " after reconciliation; "
        + ledgerLine(reviewed) + " after review");
    row(out, "review", audit.inReview().size() + " flagged, looked at once the faults stopped: "
        + join(tally.startingWith("reviewed: ")));
    row(out, "double charges", Long.toString(doubleCharges(audit) + doubleCharges(reviewed)));
    row(out, "lost payments", Long.toString(lost(audit) + lost(reviewed)));
    row(out, "phantom successes", Integer.toString(audit.phantoms().size()
        + reviewed.phantoms().size()));
    row(out, "unsettled", Integer.toString(audit.unsettled().size()
        + reviewed.unsettled().size()));
    row(out, "problems", Integer.toString(outcome.problems().size()));
    audit.inReview().stream().limit(20).forEach(line -> row(out, "needs review", line));
    outcome.problems().stream().limit(20).forEach(line -> row(out, "problem", line));
    return out.toString();
  }

  private static String ledgerLine(ChaosAudit audit) {
    long succeeded = audit.payments().stream()
        .filter(p -> p.status() == PaymentStatus.SUCCEEDED).count();
    return audit.charges().size() + " = SUCCEEDED " + succeeded
        + (audit.chargedInReview().isEmpty() ? ""
            : " + charged, in review " + audit.chargedInReview().size());
  }

  private static long doubleCharges(ChaosAudit audit) {
    return audit.doubleCharges().size() + audit.keysChargedTwice().size();
  }

  private static long lost(ChaosAudit audit) {
    return audit.lost().size() + audit.missing().size();
  }

  private static String kindName(FaultKind kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String join(Map<String, Long> counts) {
    if (counts.isEmpty()) {
      return "none";
    }
    return counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining(", "));
  }

  private static void row(StringBuilder out, String name, String value) {
    out.append(String.format(Locale.ROOT, "  %-24s %s%n", name, value));
  }
}
