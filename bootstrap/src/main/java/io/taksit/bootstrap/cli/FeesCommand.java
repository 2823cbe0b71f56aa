package io.taksit.bootstrap.cli;

import io.taksit.application.failure.Failure;
import io.taksit.application.port.in.QuoteFees;
import io.taksit.application.port.out.FeeQuotes.QuotedFee;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
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

  @Option(names = "--bill", required = true, paramLabel = "<reference>",
      description = "the bill reference printed by inquire")
  private String billReference;

  @Option(names = "--amount", required = true, paramLabel = "<decimal>",
      description = "the amount to pay, e.g. 250.00")
  private BigDecimal amount;

  @Option(names = "--currency", required = true, paramLabel = "<code>",
      description = "ISO 4217 code of the amount, e.g. EGP")
  private String currency;

  @Option(names = "--invoice", paramLabel = "<sequence>",
      description = "an invoice of the bill to pay (repeatable; none: as the biller's rules say)")
  private Set<Integer> invoices = new LinkedHashSet<>();

  @Override
  public Integer call() {
    return cli.withTaksit("taksit fees", taksit -> {
      Either<Failure, QuotedFee> quoted = taksit.quoteFees()
          .quote(new QuoteFees.Command(billReference, amount, currency, invoices));
      Terminal terminal = cli.terminal();
      return quoted.fold(
          failure -> terminal.failed("taksit fees", failure, OPTIONS),
          fee -> terminal.show(Views.quotedFee(fee), Views.quotedFeeText(fee), ExitCodes.OK));
    });
  }
}
