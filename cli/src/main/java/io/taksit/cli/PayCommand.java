package io.taksit.cli;

import io.taksit.application.failure.Failure;
import io.taksit.application.port.in.PayBill;
import io.taksit.cli.view.PaymentView;
import io.taksit.domain.payment.Payment;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code taksit pay}: pays an inquired bill, at most once per idempotency key. */
@Command(name = "pay", mixinStandardHelpOptions = true,
    description = {"Pay an inquired bill. Running the same command again (same --key) answers the"
        + " same payment and never charges twice.",
        "Exit 0 SUCCEEDED, 1 DECLINED or refused, 3 UNKNOWN/PENDING (check it with status) or"
            + " NOT_PROCESSED (retry it)."})
final class PayCommand implements Callable<Integer> {

  private static final Map<String, String> OPTIONS = Map.of(
      "idempotencyKey", "--key", "billReference", "--bill", "amount", "--amount",
      "currency", "--currency", "invoices", "--invoice", "feeQuoteId", "--quote",
      "acceptedTotal", "--accept-total", "feeAcceptance", "--quote/--accept-total");

  @ParentCommand
  private TaksitCli cli;

  @Option(names = "--key", required = true, paramLabel = "<idempotency key>",
      description = "your unique key for this payment: the same key never pays twice")
  private String idempotencyKey;

  @Mixin
  private BillAmountOptions bill;

  @ArgGroup(exclusive = true, multiplicity = "1")
  private FeeAcceptance acceptance;

  /** The fee the customer accepted: a quote from {@code fees}, or a total. */
  static final class FeeAcceptance {
    @Option(names = "--quote", paramLabel = "<quote id>",
        description = "the fee quote accepted (from fees)")
    String feeQuoteId;

    @Option(names = "--accept-total", paramLabel = "<decimal>",
        description = "the total (amount + fee + tax) accepted")
    BigDecimal acceptedTotal;
  }

  @Override
  public Integer call() {
    return cli.withTaksit("taksit pay", taksit -> {
      Either<Failure, Payment> paid = taksit.payBill().pay(new PayBill.Command(idempotencyKey,
          bill.billReference, bill.amount,
          bill.currency, bill.invoices, acceptance.feeQuoteId,
          acceptance.acceptedTotal));
      Terminal terminal = cli.terminal();
      return paid.fold(
          failure -> terminal.failed("taksit pay", failure, OPTIONS),
          payment -> terminal.show(PaymentView.of(payment), ExitCodes.of(payment.status())));
    });
  }
}
