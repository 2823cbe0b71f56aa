package io.taksit.cli;

import io.taksit.application.failure.Failure;
import io.taksit.application.port.in.ResolvePayment;
import io.taksit.cli.view.PaymentView;
import io.taksit.domain.payment.Payment;
import io.vavr.control.Either;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code taksit resolve}: an operator settles a payment no provider answer could settle. */
@Command(name = "resolve", mixinStandardHelpOptions = true,
    description = {"Settle by hand a payment flagged for review (or still UNKNOWN) as SUCCEEDED"
        + " or DECLINED, with the reason and the evidence (e.g. the provider's reference).",
        "Recorded as an event naming the operator. A SUCCEEDED or DECLINED payment never changes"
            + " (exit 1); nothing is sent to any provider. Exit 0 once settled."})
final class ResolveCommand implements Callable<Integer> {

  private static final Map<String, String> OPTIONS = Map.of("paymentId", "--payment",
      "status", "--status", "operator", "--operator", "reason", "--reason",
      "evidence", "--evidence");

  @ParentCommand
  private TaksitCli cli;

  @Option(names = "--payment", required = true, paramLabel = "<payment id>",
      description = "the payment to settle")
  private String paymentId;

  @Option(names = "--status", required = true, paramLabel = "SUCCEEDED|DECLINED",
      description = "what happened, as the evidence shows")
  private String status;

  @Option(names = "--reason", required = true, paramLabel = "<text>",
      description = "why, in a sentence an auditor can read")
  private String reason;

  @Option(names = "--evidence", required = true, paramLabel = "<reference>",
      description = "the provider's reference of the transaction, a ticket...")
  private String evidence;

  @Option(names = "--operator", paramLabel = "<name>",
      description = "who settles it (default: $TAKSIT_OPERATOR, else $USER)")
  private String operator;

  @Override
  public Integer call() {
    String who = operator != null ? operator
        : cli.environmentVariable("TAKSIT_OPERATOR") != null
            ? cli.environmentVariable("TAKSIT_OPERATOR") : cli.environmentVariable("USER");
    return cli.withTaksit("taksit resolve", taksit -> {
      Either<Failure, Payment> resolved = taksit.resolvePayment().resolve(
          new ResolvePayment.Command(paymentId, status, who, reason, evidence));
      Terminal terminal = cli.terminal();
      return resolved.fold(
          failure -> terminal.failed("taksit resolve", failure, OPTIONS),
          payment -> terminal.show(PaymentView.of(payment), ExitCodes.OK));
    });
  }
}
