package io.taksit.sandbox.paywall;

import io.taksit.sandbox.support.Seeds;
import io.vavr.control.Option;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Paywall's seed data: its installment table (TRY), the cards it knows, the options per BIN
 * (several gateways may offer the same count), the options of a query without a BIN, and which
 * of the two documented answer shapes it writes. A BIN it does not know gets an empty answer
 * ({@code Body} null). {@link PaywallDemo#table()} is the demo's.
 */
public record PaywallTable(List<PaywallCard> cards, Map<String, List<PaywallOption>> optionsByBin,
    List<PaywallOption> optionsWithoutBin, PaywallShape shape) {

  public PaywallTable {
    cards = List.copyOf(cards);
    optionsByBin = Seeds.table(optionsByBin);
    optionsWithoutBin = List.copyOf(optionsWithoutBin);
    Objects.requireNonNull(shape, "shape");
  }

  /** The card of a BIN, if known. */
  public Option<PaywallCard> card(String bin) {
    return Option.ofOptional(cards.stream().filter(card -> card.bin().equals(bin)).findFirst());
  }

  /** The same table, written in another answer shape. */
  public PaywallTable withShape(PaywallShape newShape) {
    return new PaywallTable(cards, optionsByBin, optionsWithoutBin, newShape);
  }
}
