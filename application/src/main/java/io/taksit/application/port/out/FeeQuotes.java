package io.taksit.application.port.out;

import io.taksit.domain.bill.BillReference;
import io.taksit.domain.fee.FeeQuote;
import io.vavr.control.Option;
import java.time.Instant;

/** Fee quotes handed to callers, so a payment can name the quote it accepts by id. */
public interface FeeQuotes {

  void remember(QuotedFee quote);

  Option<QuotedFee> find(String quoteId);

  /**
   * Forgets the quotes that went stale by {@code now} (too old to be accepted, as the store
   * keeps them), so quotes do not pile up. Called by housekeeping, never on the payment path.
   *
   * @return how many quotes were forgotten
   */
  int pruneStale(Instant now);

  /** A quote as given to a caller: its id, the bill it is for, and when it was made. */
  record QuotedFee(String id, BillReference billReference, FeeQuote quote, Instant quotedAt) {}
}
