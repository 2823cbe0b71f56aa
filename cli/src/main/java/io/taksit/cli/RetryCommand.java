package io.taksit.cli;

import io.taksit.application.failure.Failure;
import io.taksit.application.port.in.RetryPayment;
import io.taksit.cli.view.PaymentView;
import io.taksit.domain.payment.Payment;
import io.vavr.control.Either;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code taksit retry}: sends a NOT_PROCESSED payment again, with the same de-duplication key. */
@Command(name = "retry", mixinStandardHelpOptions = true,
    description = {"Send a NOT_PROCESSED payment again (same provider de-duplication key).",
        "Any other status is refused (exit 1): an UNKNOWN payment may already be charged."})
final class RetryCommand implements Callable<Integer> {

  private static final Map<String, String> OPTIONS = Map.of("paymentId", "<payment id>");

  @ParentCommand
  private TaksitCli cli;

  @Parameters(index = "0", paramLabel = "<payment id>", description = "the payment to retry")
  private String paymentId;

  @Override
  public Integer call() {
    return cli.withTaksit("taksit retry", taksit -> {
      Either<Failure, Payment> retried =
          taksit.retryPayment().retry(new RetryPayment.Command(paymentId));
      Terminal terminal = cli.terminal();
      return retried.fold(
          failure -> terminal.failed("taksit retry", failure, OPTIONS),
          payment -> terminal.show(PaymentView.of(payment), ExitCodes.of(payment.status())));
    });
  }
}
