package io.taksit.sandbox.iyzico;

import java.math.BigDecimal;
import java.util.List;

/**
 * iyzico's demo cards (TRY): the BINs the other installment providers of the demo know,
 * {@code 454360} Garanti Visa Bonus credit, {@code 552879} Halkbank Master Card Paraf commercial
 * credit (3-D Secure required), {@code 979206} İşbank Troy Maximum credit, {@code 402277}
 * Anadolubank Visa debit (single payment), and iyzico's documentation sample {@code 554960}
 * Garanti Master Card Bonus credit. Its 9 and 12 installments on {@code 454360} are the demo's
 * cheapest, so a merged quote shows iyzico beside Paywall and Teqpay.
 */
public final class IyzicoDemo {

  private IyzicoDemo() {
  }

  /** The demo table. */
  public static IyzicoTable table() {
    return new IyzicoTable(List.of(
        card("454360", "Garanti Bankası", 62, "CREDIT_CARD", "VISA", "Bonus", false, false,
            rates("0", "2.10", "3.20", "5.80", "8.20", "10.50")),
        card("552879", "Halkbank", 12, "CREDIT_CARD", "MASTER_CARD", "Paraf", true, true,
            rates("0", "2.20", "3.10", "5.60", "8.30", "11.00")),
        card("979206", "İş Bankası", 64, "CREDIT_CARD", "TROY", "Maximum", false, false,
            rates("0", "2.40", "3.30", "5.90", "8.60", "11.40")),
        new IyzicoCard("402277", "Anadolubank", 135, "DEBIT_CARD", "VISA", "Debit", false, false,
            List.of(new IyzicoCard.Rate(1, BigDecimal.ZERO))),
        card("554960", "Garanti Bankası", 62, "CREDIT_CARD", "MASTER_CARD", "Bonus", false, false,
            rates("0", "2.10", "3.00", "5.80", "8.20", "10.50"))));
  }

  private static IyzicoCard card(String bin, String bank, int code, String type,
      String association, String family, boolean commercial, boolean force3ds,
      List<IyzicoCard.Rate> rates) {
    return new IyzicoCard(bin, bank, code, type, association, family, commercial, force3ds,
        rates);
  }

  /** Customer rates for 1, 2, 3, 6, 9 and 12 installments. */
  private static List<IyzicoCard.Rate> rates(String one, String two, String three, String six,
      String nine, String twelve) {
    return List.of(rate(1, one), rate(2, two), rate(3, three), rate(6, six), rate(9, nine),
        rate(12, twelve));
  }

  private static IyzicoCard.Rate rate(int count, String percent) {
    return new IyzicoCard.Rate(count, new BigDecimal(percent));
  }
}
