package io.taksit.sandbox.sipay;

import static io.taksit.sandbox.support.Seeds.twoDecimals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Sipay's demo data, the one place its subscribers, invoices and wallets are written down.
 *
 * <p>Institution {@code 8064fb0c-c556-4104-8fe4-9779c6dc3721} "Türk Telekom (Mobil)", TRY, no
 * transaction fee:
 * <ul>
 *   <li>{@code 5536557580} Ayşe Yılmaz: one invoice, 196.50.</li>
 *   <li>{@code 5536557581} Mehmet Demir: two invoices, 120.00 (last month) and 135.75.</li>
 *   <li>{@code 5536557582} Zeynep Kaya: one invoice of 250,000.00, more than the demo wallet
 *       holds: code 311.</li>
 *   <li>Wallets: {@code 2500025} (account {@code 2800001}, 100,000.00 TRY, the demo's) and
 *       {@code 2500026} (account {@code 2800002}, 10.00 TRY: 311 for anything bigger).</li>
 * </ul>
 */
public final class SipayDemo {

  /** The demo institution's {@code product_oid}. */
  public static final String PRODUCT_OID = "8064fb0c-c556-4104-8fe4-9779c6dc3721";

  private SipayDemo() {
  }

  /** The institution, its subscribers and wallets, dates counted from {@code today}. */
  public static SipayInstitution institution(LocalDate today) {
    YearMonth thisMonth = YearMonth.from(today);
    YearMonth lastMonth = thisMonth.minusMonths(1);
    return new SipayInstitution(PRODUCT_OID, "Türk Telekom (Mobil)", "TRY", twoDecimals("0.00"),
        List.of(
            new SipaySubscriber("5536557580", "Ayşe Yılmaz", List.of(
                invoice("2025000887", lastMonth, "196.50", today.minusDays(20), today.plusDays(5))),
                false),
            new SipaySubscriber("5536557581", "Mehmet Demir", List.of(
                invoice("2025000910", lastMonth.minusMonths(1), "120.00", today.minusDays(50),
                    today.minusDays(25)),
                invoice("2025000911", lastMonth, "135.75", today.minusDays(20),
                    today.plusDays(5))),
                false),
            new SipaySubscriber("5536557582", "Zeynep Kaya", List.of(
                invoice("2025000950", lastMonth, "250000.00", today.minusDays(20),
                    today.plusDays(5))),
                false)),
        List.of(
            new SipayWallet("2500025", "2800001", "Taksit Demo Ltd.", twoDecimals("100000.00")),
            new SipayWallet("2500026", "2800002", "Taksit Demo Ltd. (petty cash)",
                twoDecimals("10.00"))));
  }

  private static SipayInvoice invoice(String billNo, YearMonth term, String amount,
      LocalDate invoiceDate, LocalDate dueDate) {
    return new SipayInvoice(billNo, term, new BigDecimal(amount), invoiceDate, dueDate);
  }
}
