package io.taksit.sandbox.teqpay;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TurkishAmountsTest {

  @Test
  void dotsBetweenThousandsAndACommaBeforeTheKurus() {
    assertThat(TurkishAmounts.format(new BigDecimal("0"))).isEqualTo("0,00");
    assertThat(TurkishAmounts.format(new BigDecimal("5"))).isEqualTo("5,00");
    assertThat(TurkishAmounts.format(new BigDecimal("41.665"))).isEqualTo("41,67");
    assertThat(TurkishAmounts.format(new BigDecimal("999.999"))).isEqualTo("1.000,00");
    assertThat(TurkishAmounts.format(new BigDecimal("1250.5"))).isEqualTo("1.250,50");
    assertThat(TurkishAmounts.format(new BigDecimal("100000"))).isEqualTo("100.000,00");
    assertThat(TurkishAmounts.format(new BigDecimal("1234567.89"))).isEqualTo("1.234.567,89");
    assertThat(TurkishAmounts.format(new BigDecimal("-1250.50"))).isEqualTo("-1.250,50");
  }
}
