package io.taksit.cli;

import io.taksit.application.failure.Failure;
import io.taksit.application.port.in.QuoteInstallments;
import io.taksit.cli.view.InstallmentsView;
import io.taksit.domain.card.CardBin;
import io.taksit.domain.error.CardError;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code taksit installments}: plans from every installment provider, merged and ranked. */
@Command(name = "installments", mixinStandardHelpOptions = true,
    description = {"Quote card installment plans from every configured installment provider at"
        + " once, merged and ranked (cheapest per count).",
        "Only a BIN (the first 6 to 8 digits) is accepted: a full card number is refused (exit 2)"
            + " and never echoed."})
final class InstallmentsCommand implements Callable<Integer> {

  private static final Map<String, String> OPTIONS = Map.of(
      "amount", "--amount", "currency", "--currency", "bin", "--bin", "providers", "--provider");

  @ParentCommand
  private TaksitCli cli;

  @Option(names = "--amount", required = true, paramLabel = "<decimal>",
      description = "the purchase amount, e.g. 1000.00")
  private BigDecimal amount;

  @Option(names = "--currency", required = true, paramLabel = "<code>",
      description = "ISO 4217 code, e.g. TRY")
  private String currency;

  @Option(names = "--bin", paramLabel = "<6-8 digits>",
      description = "the card's BIN; without it, plans per card family where a provider has them")
  private String bin;

  @Option(names = "--provider", paramLabel = "<id>",
      description = "ask only this configured provider (repeatable), e.g. --provider paywall")
  private Set<String> providers = new LinkedHashSet<>();

  @Override
  public Integer call() {
    if (bin != null) {
      Either<CardError, CardBin> checked = CardBin.of(bin);
      Either<CardError, CardBin> withoutSeparators = CardBin.of(bin.replaceAll("[\\s-]", ""));
      if (checked.isLeft() && (checked.getLeft() instanceof CardError.FullCardNumberRefused
          || withoutSeparators.isLeft()
              && withoutSeparators.getLeft() instanceof CardError.FullCardNumberRefused)) {
        return cli.terminal().usage("taksit installments", "card.full_number_refused",
            Terminal.PAN_REFUSED);
      }
      if (checked.isLeft()) {
        return cli.terminal().usage("taksit installments", checked.getLeft().code(),
            "--bin: " + checked.getLeft().message());
      }
    }
    return cli.withTaksit("taksit installments", taksit -> {
      Either<Failure, QuoteInstallments.Quotes> quoted = taksit.quoteInstallments()
          .quote(new QuoteInstallments.Command(amount, currency, bin, providers));
      Terminal terminal = cli.terminal();
      return quoted.fold(
          failure -> terminal.failed("taksit installments", failure, OPTIONS),
          quotes -> terminal.show(InstallmentsView.of(quotes, bin), exitCode(quotes)));
    });
  }

  /** Plans offered: 0, even if some provider failed (it is listed). None: why decides. */
  private static int exitCode(QuoteInstallments.Quotes quotes) {
    if (!quotes.offers().isEmpty()) {
      return ExitCodes.OK;
    }
    boolean unreachable = quotes.problems().exists(problem ->
        problem.kind() != QuoteInstallments.ProviderProblem.Kind.REFUSED);
    if (unreachable) {
      return ExitCodes.UNSETTLED;
    }
    return quotes.problems().isEmpty() ? ExitCodes.OK : ExitCodes.REFUSED;
  }
}
