package io.taksit.sandbox.paywall;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Paywall's demo installment table (TRY), in the current answer shape: BIN {@code 454360}
 * Garanti Visa Bonus credit (two gateways), {@code 552879} Halkbank Master Card Paraf commercial
 * credit, {@code 979206} İşbank Troy Maximum credit, {@code 402277} Anadolubank Visa debit (single
 * payment only); it also answers without a BIN.
 */
public final class PaywallDemo {

  private static final PaywallCard BONUS = new PaywallCard("454360", "T. GARANTİ BANKASI A.Ş.",
      "Visa", Option.some("Bonus"), "Bireysel Kart", "Credit");
  private static final PaywallCard PARAF = new PaywallCard("552879", "T.HALK BANKASI A.Ş.",
      "Master Card", Option.some("Paraf"), "Ticari Kart", "Credit");
  private static final PaywallCard MAXIMUM = new PaywallCard("979206",
      "TÜRKİYE İŞ BANKASI A.Ş.", "Troy", Option.some("Maximum"), "Bireysel Kart", "Credit");
  private static final PaywallCard DEBIT = new PaywallCard("402277", "ANADOLUBANK A.Ş.", "Visa",
      Option.none(), "Bireysel Kart", "Debit");

  private PaywallDemo() {
  }

  /** The demo table. */
  public static PaywallTable table() {
    List<PaywallOption> bonus = List.of(
        option(4149, "Garanti BBVA Sanal POS", 1, "1.79", "0.00"),
        option(4149, "Garanti BBVA Sanal POS", 2, "2.49", "1.50"),
        option(4149, "Garanti BBVA Sanal POS", 3, "2.99", "2.75"),
        option(4149, "Garanti BBVA Sanal POS", 6, "4.49", "5.90"),
        option(4149, "Garanti BBVA Sanal POS", 9, "5.99", "8.95"),
        option(4149, "Garanti BBVA Sanal POS", 12, "7.49", "11.90"),
        // A second gateway for the same card: distinctduplicates keeps the cheaper row per count.
        option(4150, "Param Sanal POS", 1, "1.95", "0.00"),
        option(4150, "Param Sanal POS", 3, "3.10", "2.60"),
        option(4150, "Param Sanal POS", 6, "4.60", "6.10"));
    List<PaywallOption> paraf = List.of(
        option(4151, "Halkbank Sanal POS", 1, "1.60", "0.00"),
        option(4151, "Halkbank Sanal POS", 2, "2.30", "1.20"),
        option(4151, "Halkbank Sanal POS", 3, "2.80", "2.40"),
        option(4151, "Halkbank Sanal POS", 6, "4.20", "5.50"),
        option(4151, "Halkbank Sanal POS", 9, "5.60", "8.40"));
    List<PaywallOption> maximum = List.of(
        option(4152, "İşbank Sanal POS", 1, "1.70", "0.00"),
        option(4152, "İşbank Sanal POS", 3, "2.90", "2.50"),
        option(4152, "İşbank Sanal POS", 6, "4.30", "5.70"),
        option(4152, "İşbank Sanal POS", 12, "7.20", "11.50"));
    List<PaywallOption> debit = List.of(
        option(4149, "Garanti BBVA Sanal POS", 1, "1.50", "0.00"));
    List<PaywallOption> withoutBin = List.of(
        option(4149, "Garanti BBVA Sanal POS", 1, "1.79", "0.00"),
        option(4149, "Garanti BBVA Sanal POS", 2, "2.49", "1.50"),
        option(4149, "Garanti BBVA Sanal POS", 3, "2.99", "2.75"),
        option(4149, "Garanti BBVA Sanal POS", 6, "4.49", "5.90"));
    return new PaywallTable(List.of(BONUS, PARAF, MAXIMUM, DEBIT),
        Map.of(BONUS.bin(), bonus, PARAF.bin(), paraf, MAXIMUM.bin(), maximum,
            DEBIT.bin(), debit),
        withoutBin, PaywallShape.CURRENT);
  }

  private static PaywallOption option(int gatewayId, String gatewayName, int installment,
      String commission, String interest) {
    return new PaywallOption(gatewayId, gatewayName, installment, new BigDecimal(commission),
        new BigDecimal(interest));
  }
}
