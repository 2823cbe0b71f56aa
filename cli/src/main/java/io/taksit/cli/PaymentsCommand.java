package io.taksit.cli;

import io.taksit.application.failure.Failure;
import io.taksit.application.port.in.FindPayments;
import io.taksit.cli.view.PaymentsView;
import io.taksit.domain.payment.Payment;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code taksit payments}: stored payments, newest first, filtered; {@code --review} lists what
 * waits for an operator.
 */
@Command(name = "payments", mixinStandardHelpOptions = true,
    description = "List stored payments, newest first; filters combine (absent ones match all).")
final class PaymentsCommand implements Callable<Integer> {

  private static final Map<String, String> OPTIONS = Map.of(
      "status", "--status", "billerId", "--biller", "account", "--account",
      "billReference", "--bill", "limit", "--limit");

  @ParentCommand
  private TaksitCli cli;

  @Option(names = "--status", paramLabel = "<status>",
      description = "CREATED, PENDING, SUCCEEDED, DECLINED, NOT_PROCESSED or UNKNOWN")
  private String status;

  @Option(names = "--biller", paramLabel = "<id>", description = "only this biller's payments")
  private String billerId;

  @Option(names = "--account", paramLabel = "<account>", description = "only this account's")
  private String account;

  @Option(names = "--bill", paramLabel = "<reference>", description = "only this bill's")
  private String billReference;

  @Option(names = "--limit", paramLabel = "<n>", defaultValue = "20",
      description = "at most this many (default: ${DEFAULT-VALUE}, at most 1000)")
  private int limit;

  @Option(names = "--review",
      description = "only payments flagged for review: what waits for `taksit resolve`")
  private boolean needsReview;

  @Override
  public Integer call() {
    return cli.withTaksit("taksit payments", taksit -> {
      Either<Failure, List<Payment>> found = taksit.findPayments().find(new FindPayments.Query(
          status == null ? null : status.toUpperCase(Locale.ROOT), billerId, account,
          billReference, limit, needsReview));
      Terminal terminal = cli.terminal();
      return found.fold(
          failure -> terminal.failed("taksit payments", failure, OPTIONS),
          payments -> terminal.show(PaymentsView.of(payments), ExitCodes.OK));
    });
  }
}
