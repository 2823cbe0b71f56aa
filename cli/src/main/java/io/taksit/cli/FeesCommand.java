package io.taksit.cli;

import io.taksit.application.failure.Failure;
import io.taksit.application.port.in.QuoteFees;
import io.taksit.application.port.out.FeeQuotes.QuotedFee;
import io.taksit.cli.view.FeeQuoteView;
import io.vavr.control.Either;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code taksit fees}: the fee for paying an amount of an inquired bill. */
@Command(name = "fees", mixinStandardHelpOptions = true,
    description = {"Quote the fee for paying an amount of an inquired bill.",
        "The amount is checked against the biller's rules first: an amount off the step is"
            + " refused (exit 1) with the nearest allowed amounts."})
final class FeesCommand implements Callable<Integer> {

  static final Map<String, String> OPTIONS = Map.of(
      "billReference", "--bill", "amount", "--amount", "currency", "--currency",
      "invoices", "--invoice");

  @ParentCommand
  private TaksitCli cli;

  @Mixin
  private BillAmountOptions bill;

  @Override
  public Integer call() {
    return cli.withTaksit("taksit fees", taksit -> {
      Either<Failure, QuotedFee> quoted = taksit.quoteFees()
          .quote(new QuoteFees.Command(bill.billReference, bill.amount,
          bill.currency, bill.invoices));
      Terminal terminal = cli.terminal();
      return quoted.fold(
          failure -> terminal.failed("taksit fees", failure, OPTIONS),
          fee -> terminal.show(FeeQuoteView.of(fee), ExitCodes.OK));
    });
  }
}
