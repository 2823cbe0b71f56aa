package io.taksit.cli;

import io.taksit.application.failure.Failure;
import io.taksit.application.port.in.ReconcilePayments;
import io.taksit.cli.view.ReconcileView;
import io.vavr.control.Either;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code taksit reconcile}: one pass of the reconciler over the payments due for a check. */
@Command(name = "reconcile", mixinStandardHelpOptions = true,
    description = {"Check every payment due for a check (CREATED, PENDING, UNKNOWN, on the"
        + " configured checkSchedule) with its provider, once; then prune what went stale.",
        "Exit 0 when every payment checked is settled (or none was due), 3 when some are not yet"
            + " or need review."})
final class ReconcileCommand implements Callable<Integer> {

  private static final Map<String, String> OPTIONS = Map.of("batchSize", "--limit");

  @ParentCommand
  private TaksitCli cli;

  @Option(names = "--limit", paramLabel = "<n>", defaultValue = "100",
      description = "check at most this many payments (default: ${DEFAULT-VALUE})")
  private int limit;

  @Override
  public Integer call() {
    return cli.withTaksit("taksit reconcile", taksit -> {
      Either<Failure, ReconcilePayments.Report> report = taksit.reconcilePayments()
          .reconcile(new ReconcilePayments.Command(Clock.systemUTC().instant(), limit));
      // The CLI runs without the runtime: a scheduled reconcile is also what keeps the store
      // pruned (stale bills and quotes, delivered events past their retention).
      taksit.housekeep();
      Terminal terminal = cli.terminal();
      return report.fold(
          failure -> terminal.failed("taksit reconcile", failure, OPTIONS),
          done -> terminal.show(ReconcileView.of(done), exitCode(done)));
    });
  }

  private static int exitCode(ReconcilePayments.Report report) {
    boolean settled = report.checked().forAll(checked -> !checked.needsReview()
        && (checked.after().isTerminal()
            || checked.after() == io.taksit.domain.payment.PaymentStatus.NOT_PROCESSED));
    return settled ? ExitCodes.OK : ExitCodes.UNSETTLED;
  }
}
