package io.taksit.cli;

import io.taksit.application.failure.Failure;
import io.taksit.application.port.in.CheckPaymentStatus;
import io.taksit.application.port.in.GetPayment;
import io.taksit.cli.view.PaymentView;
import io.taksit.domain.payment.Payment;
import io.vavr.control.Either;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code taksit status}: a payment, after asking its provider when its outcome is not settled. */
@Command(name = "status", mixinStandardHelpOptions = true,
    description = {"Show a payment. A CREATED, PENDING or UNKNOWN one is first checked with its"
        + " provider (unless --stored), which may settle it.",
        "Exit code by status: 0 SUCCEEDED, 1 DECLINED, 3 otherwise."})
final class StatusCommand implements Callable<Integer> {

  private static final Map<String, String> OPTIONS = Map.of("paymentId", "<payment id>");

  @ParentCommand
  private TaksitCli cli;

  @Parameters(index = "0", paramLabel = "<payment id>", description = "the payment")
  private String paymentId;

  @Option(names = "--stored", description = "show what is stored; do not ask the provider")
  private boolean stored;

  @Override
  public Integer call() {
    return cli.withTaksit("taksit status", taksit -> {
      Either<Failure, Payment> payment = taksit.getPayment().get(new GetPayment.Query(paymentId));
      if (payment.isRight() && !stored && payment.get().status().isAwaitingResolution()) {
        payment = taksit.checkPaymentStatus().check(new CheckPaymentStatus.Command(paymentId));
      }
      Terminal terminal = cli.terminal();
      return payment.fold(
          failure -> terminal.failed("taksit status", failure, OPTIONS),
          found -> terminal.show(PaymentView.of(found), ExitCodes.of(found.status())));
    });
  }
}
