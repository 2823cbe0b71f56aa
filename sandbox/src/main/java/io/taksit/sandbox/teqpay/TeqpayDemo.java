package io.taksit.sandbox.teqpay;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Teqpay's demo installment table (TRY): the three credit BINs the demo quotes, {@code 454360}
 * (Garanti Bonus), {@code 552879} (Halkbank Paraf) and {@code 979206} (İşbank Maximum, whose
 * 12-installment row is Teqpay's documented sample).
 */
public final class TeqpayDemo {

  private TeqpayDemo() {
  }

  /** The demo table. */
  public static TeqpayTable table() {
    return new TeqpayTable(Map.of(
        "454360", List.of(option(1, "1.89", "0.00"), option(2, "2.59", "0.00"),
            option(3, "3.19", "0.00"), option(6, "5.49", "4.50"), option(9, "7.49", "9.20"),
            option(12, "9.99", "12.40")),
        "552879", List.of(option(1, "1.75", "0.00"), option(3, "3.05", "0.00"),
            option(6, "5.25", "4.20"), option(12, "9.50", "12.10")),
        "979206", List.of(option(1, "1.80", "0.00"), option(2, "2.50", "0.00"),
            option(3, "3.10", "0.00"), option(6, "5.30", "4.40"), option(9, "7.20", "8.90"),
            option(12, "16.75", "0.00"))));
  }

  private static TeqpayOption option(int installment, String merchantRate, String customerRate) {
    return new TeqpayOption(installment, new BigDecimal(merchantRate),
        new BigDecimal(customerRate));
  }
}
