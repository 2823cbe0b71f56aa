package io.taksit.sandbox.iyzico;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * iyzico's seed data: the cards it knows, by BIN, in order. {@link IyzicoDemo#table()} is the
 * demo's.
 */
public record IyzicoTable(List<IyzicoCard> cards) {

  public IyzicoTable {
    cards = List.copyOf(cards);
  }

  /** The cards by BIN. */
  public Map<String, IyzicoCard> byBin() {
    Map<String, IyzicoCard> byBin = new LinkedHashMap<>();
    cards.forEach(card -> byBin.put(card.bin(), card));
    return byBin;
  }
}
