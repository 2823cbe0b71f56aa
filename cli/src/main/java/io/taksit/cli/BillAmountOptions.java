package io.taksit.cli;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;
import picocli.CommandLine.Option;

/**
 * The options that name an amount of an inquired bill, shared by {@code fees} and {@code pay} so
 * both read them the same way (a picocli mixin).
 */
final class BillAmountOptions {

  @Option(names = "--bill", required = true, paramLabel = "<reference>",
      description = "the bill reference printed by inquire")
  String billReference;

  @Option(names = "--amount", required = true, paramLabel = "<decimal>",
      description = "the amount to pay, e.g. 250.00")
  BigDecimal amount;

  @Option(names = "--currency", required = true, paramLabel = "<code>",
      description = "ISO 4217 code of the amount, e.g. EGP")
  String currency;

  @Option(names = "--invoice", paramLabel = "<sequence>",
      description = "an invoice of the bill to pay (repeatable; none: as the biller's rules say)")
  Set<Integer> invoices = new LinkedHashSet<>();
}
