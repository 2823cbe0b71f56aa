package io.taksit.sandbox.teqpay;

import io.taksit.sandbox.support.Seeds;
import java.util.List;
import java.util.Map;

/**
 * Teqpay's seed data: its installment table (TRY), per BIN (6 or 8 digits); an unknown BIN is
 * refused. {@link TeqpayDemo#table()} is the demo's.
 */
public record TeqpayTable(Map<String, List<TeqpayOption>> optionsByBin) {

  public TeqpayTable {
    optionsByBin = Seeds.table(optionsByBin);
  }
}
