package io.taksit.sandbox.sipay;

import static io.taksit.sandbox.support.Seeds.twoDecimals;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.UUID;

/** One outstanding Sipay invoice. */
public record SipayInvoice(String billNo, YearMonth term, BigDecimal amount,
    LocalDate invoiceDate, LocalDate dueDate) {

  public SipayInvoice {
    Objects.requireNonNull(billNo, "billNo");
    Objects.requireNonNull(term, "term");
    amount = twoDecimals(amount);
    Objects.requireNonNull(invoiceDate, "invoiceDate");
    Objects.requireNonNull(dueDate, "dueDate");
  }

  /**
   * Its {@code inv_payment_transaction_query_oid}: derived from the institution, subscriber
   * and bill number, so that it is the same in every run.
   */
  public String queryOid(String productOid, String subscriberNo) {
    return UUID.nameUUIDFromBytes((productOid + '/' + subscriberNo + '/' + billNo)
        .getBytes(StandardCharsets.UTF_8)).toString();
  }
}
