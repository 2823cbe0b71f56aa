package io.taksit.cli;

import io.taksit.application.failure.Failure;
import io.taksit.application.port.in.InquireBill;
import io.taksit.cli.view.BillView;
import io.taksit.domain.bill.Bill;
import io.vavr.control.Either;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code taksit inquire}: what an account owes a biller. */
@Command(name = "inquire", mixinStandardHelpOptions = true,
    description = "Ask a biller's provider what an account owes; prints the bill reference to pay.")
final class InquireCommand implements Callable<Integer> {

  private static final Map<String, String> OPTIONS = Map.of(
      "billerId", "--biller", "account", "--account", "fields", "--field");

  @ParentCommand
  private TaksitCli cli;

  @Option(names = "--biller", required = true, paramLabel = "<id>",
      description = "the biller, as configured (billers[].id), e.g. momkn-362")
  private String billerId;

  @Option(names = "--account", required = true, paramLabel = "<account>",
      description = "the billing account or subscriber number")
  private String account;

  @Option(names = "--field", paramLabel = "<key=value>",
      description = "an extra service field of the inquiry (repeatable)")
  private Map<String, String> fields = new LinkedHashMap<>();

  @Override
  public Integer call() {
    return cli.withTaksit("taksit inquire", taksit -> {
      Either<Failure, Bill> bill = taksit.inquireBill()
          .inquire(new InquireBill.Command(billerId, account, fields));
      Terminal terminal = cli.terminal();
      return bill.fold(
          failure -> terminal.failed("taksit inquire", failure, OPTIONS),
          found -> terminal.show(BillView.of(found), ExitCodes.OK));
    });
  }
}
