package io.taksit.sandbox;

import static io.taksit.sandbox.SandboxData.twoDecimals;

import io.taksit.sandbox.SandboxData.Card;
import io.taksit.sandbox.SandboxData.FeeRule;
import io.taksit.sandbox.SandboxData.Momkn;
import io.taksit.sandbox.SandboxData.MomknAccount;
import io.taksit.sandbox.SandboxData.MomknInvoice;
import io.taksit.sandbox.SandboxData.Paywall;
import io.taksit.sandbox.SandboxData.PaywallOption;
import io.taksit.sandbox.SandboxData.Sipay;
import io.taksit.sandbox.SandboxData.SipayInvoice;
import io.taksit.sandbox.SandboxData.SipaySubscriber;
import io.taksit.sandbox.SandboxData.SipayWallet;
import io.taksit.sandbox.SandboxData.Teqpay;
import io.taksit.sandbox.SandboxData.TeqpayOption;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The demo's seed data, the one place its accounts, bills and BINs are written down.
 *
 * <p>Momkn service 362 "أقساط" (Takka installments, EGP, 1 … 1,000,000,000 on a step of 5, fee
 * 1 % + 2.00 with 14 % tax on the fee):
 * <ul>
 *   <li>{@code 1000000101} Mona Adel Hassan, loan of 12: installment 4 due 5 days ago, 240.00 +
 *       10.00 penalty = 250.00; then 240.00 a month for installments 5 … 12.</li>
 *   <li>{@code 1000000102} Karim Samir Fawzy, loan of 10: two invoices, installment 7 (150.00 +
 *       5.00 penalty = 155.00, 35 days late) and installment 8 (150.00, 5 days late).</li>
 *   <li>{@code 1000000103} Heba Mostafa Ali: owes 500.00 but the provider declines every payment
 *       (the loan is frozen): the DECLINED path.</li>
 *   <li>{@code 1000000104} Youssef Nabil Ibrahim, loan of 24: installment 10, 1,250.00, due in 3
 *       days.</li>
 *   <li>{@code 1000000105} Nour El-Din Saad, loan of 12: installment 1, 300.00, due in 10
 *       days.</li>
 *   <li>Any other account, e.g. {@code 1000000999}: {@code Code -16}, no data.</li>
 * </ul>
 *
 * <p>Sipay institution {@code 8064fb0c-c556-4104-8fe4-9779c6dc3721} "Türk Telekom (Mobil)", TRY,
 * no transaction fee:
 * <ul>
 *   <li>{@code 5536557580} Ayşe Yılmaz: one invoice, 196.50.</li>
 *   <li>{@code 5536557581} Mehmet Demir: two invoices, 120.00 (last month) and 135.75.</li>
 *   <li>{@code 5536557582} Zeynep Kaya: one invoice of 250,000.00, more than the demo wallet
 *       holds: code 311.</li>
 *   <li>Wallets: {@code 2500025} (account {@code 2800001}, 100,000.00 TRY, the demo's) and
 *       {@code 2500026} (account {@code 2800002}, 10.00 TRY: 311 for anything bigger).</li>
 * </ul>
 *
 * <p>Installment tables (TRY): BIN {@code 454360} Garanti Visa Bonus credit (Paywall: two
 * gateways), {@code 552879} Halkbank Master Card Paraf commercial credit, {@code 979206} İşbank
 * Troy Maximum credit, {@code 402277} Anadolubank Visa debit (single payment only); Teqpay knows
 * the three credit BINs; Paywall also answers without a BIN.
 */
final class DemoData {

  /** Momkn's serviceName of 362, "installments" (the seed's mis-decoded Arabic, fixed). */
  static final String TAKKA_SERVICE_NAME = "أقساط";
  static final String SIPAY_PRODUCT_OID = "8064fb0c-c556-4104-8fe4-9779c6dc3721";

  private static final Card BONUS = new Card("454360", "T. GARANTİ BANKASI A.Ş.", "Visa",
      Option.some("Bonus"), "Bireysel Kart", "Credit");
  private static final Card PARAF = new Card("552879", "T.HALK BANKASI A.Ş.", "Master Card",
      Option.some("Paraf"), "Ticari Kart", "Credit");
  private static final Card MAXIMUM = new Card("979206", "TÜRKİYE İŞ BANKASI A.Ş.", "Troy",
      Option.some("Maximum"), "Bireysel Kart", "Credit");
  private static final Card DEBIT = new Card("402277", "ANADOLUBANK A.Ş.", "Visa",
      Option.none(), "Bireysel Kart", "Debit");

  private DemoData() {
  }

  static SandboxData build(LocalDate today) {
    return new SandboxData(momkn(today), sipay(today), paywall(), teqpay());
  }

  private static Momkn momkn(LocalDate today) {
    return new Momkn("362", TAKKA_SERVICE_NAME, "EGP", new BigDecimal("1"),
        new BigDecimal("1000000000"), new BigDecimal("5"), FeeRule.DEMO,
        twoDecimals("1000000.00"), List.of(
            account("1000000101", "Mona Adel Hassan", 12,
                installment(4, "240.00", "10.00", today.minusDays(5))),
            account("1000000102", "Karim Samir Fawzy", 10,
                installment(7, "150.00", "5.00", today.minusDays(35)),
                installment(8, "150.00", "0.00", today.minusDays(5))),
            new MomknAccount("1000000103", "Heba Mostafa Ali", 6,
                List.of(installment(2, "500.00", "0.00", today.minusDays(2))),
                Option.some("The loan is frozen: payments are accepted at a Takka branch only")),
            account("1000000104", "Youssef Nabil Ibrahim", 24,
                installment(10, "1250.00", "0.00", today.plusDays(3))),
            account("1000000105", "Nour El-Din Saad", 12,
                installment(1, "300.00", "0.00", today.plusDays(10)))));
  }

  private static MomknAccount account(String number, String name, int installments,
      MomknInvoice... due) {
    return new MomknAccount(number, name, installments, List.of(due), Option.none());
  }

  private static MomknInvoice installment(int number, String installment, String penalty,
      LocalDate dueDate) {
    return new MomknInvoice(number, new BigDecimal(installment), new BigDecimal(penalty),
        dueDate);
  }

  private static Sipay sipay(LocalDate today) {
    YearMonth thisMonth = YearMonth.from(today);
    YearMonth lastMonth = thisMonth.minusMonths(1);
    return new Sipay(SIPAY_PRODUCT_OID, "Türk Telekom (Mobil)", "TRY", twoDecimals("0.00"),
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

  private static Paywall paywall() {
    List<PaywallOption> bonus = List.of(
        paywall(4149, "Garanti BBVA Sanal POS", 1, "1.79", "0.00"),
        paywall(4149, "Garanti BBVA Sanal POS", 2, "2.49", "1.50"),
        paywall(4149, "Garanti BBVA Sanal POS", 3, "2.99", "2.75"),
        paywall(4149, "Garanti BBVA Sanal POS", 6, "4.49", "5.90"),
        paywall(4149, "Garanti BBVA Sanal POS", 9, "5.99", "8.95"),
        paywall(4149, "Garanti BBVA Sanal POS", 12, "7.49", "11.90"),
        // A second gateway for the same card: distinctduplicates keeps the cheaper row per count.
        paywall(4150, "Param Sanal POS", 1, "1.95", "0.00"),
        paywall(4150, "Param Sanal POS", 3, "3.10", "2.60"),
        paywall(4150, "Param Sanal POS", 6, "4.60", "6.10"));
    List<PaywallOption> paraf = List.of(
        paywall(4151, "Halkbank Sanal POS", 1, "1.60", "0.00"),
        paywall(4151, "Halkbank Sanal POS", 2, "2.30", "1.20"),
        paywall(4151, "Halkbank Sanal POS", 3, "2.80", "2.40"),
        paywall(4151, "Halkbank Sanal POS", 6, "4.20", "5.50"),
        paywall(4151, "Halkbank Sanal POS", 9, "5.60", "8.40"));
    List<PaywallOption> maximum = List.of(
        paywall(4152, "İşbank Sanal POS", 1, "1.70", "0.00"),
        paywall(4152, "İşbank Sanal POS", 3, "2.90", "2.50"),
        paywall(4152, "İşbank Sanal POS", 6, "4.30", "5.70"),
        paywall(4152, "İşbank Sanal POS", 12, "7.20", "11.50"));
    List<PaywallOption> debit = List.of(
        paywall(4149, "Garanti BBVA Sanal POS", 1, "1.50", "0.00"));
    List<PaywallOption> withoutBin = List.of(
        paywall(4149, "Garanti BBVA Sanal POS", 1, "1.79", "0.00"),
        paywall(4149, "Garanti BBVA Sanal POS", 2, "2.49", "1.50"),
        paywall(4149, "Garanti BBVA Sanal POS", 3, "2.99", "2.75"),
        paywall(4149, "Garanti BBVA Sanal POS", 6, "4.49", "5.90"));
    return new Paywall(List.of(BONUS, PARAF, MAXIMUM, DEBIT),
        Map.of(BONUS.bin(), bonus, PARAF.bin(), paraf, MAXIMUM.bin(), maximum,
            DEBIT.bin(), debit),
        withoutBin);
  }

  private static PaywallOption paywall(int gatewayId, String gatewayName, int installment,
      String commission, String interest) {
    return new PaywallOption(gatewayId, gatewayName, installment, new BigDecimal(commission),
        new BigDecimal(interest));
  }

  private static Teqpay teqpay() {
    return new Teqpay(Map.of(
        BONUS.bin(), List.of(teqpay(1, "1.89", "0.00"), teqpay(2, "2.59", "0.00"),
            teqpay(3, "3.19", "0.00"), teqpay(6, "5.49", "4.50"), teqpay(9, "7.49", "9.20"),
            teqpay(12, "9.99", "12.40")),
        PARAF.bin(), List.of(teqpay(1, "1.75", "0.00"), teqpay(3, "3.05", "0.00"),
            teqpay(6, "5.25", "4.20"), teqpay(12, "9.50", "12.10")),
        MAXIMUM.bin(), List.of(teqpay(1, "1.80", "0.00"), teqpay(2, "2.50", "0.00"),
            teqpay(3, "3.10", "0.00"), teqpay(6, "5.30", "4.40"), teqpay(9, "7.20", "8.90"),
            teqpay(12, "16.75", "0.00"))));
  }

  private static TeqpayOption teqpay(int installment, String merchantRate, String customerRate) {
    return new TeqpayOption(installment, new BigDecimal(merchantRate),
        new BigDecimal(customerRate));
  }
}
