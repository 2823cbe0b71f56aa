package io.taksit.domain.amount;

import io.taksit.domain.money.Currencies;
import io.taksit.domain.money.Money;
import java.math.BigDecimal;

/**
 * The amount rule of Momkn service 362 (Takka installment repayment) as its catalog entry states
 * it: {@code minValue 1}, {@code maxValue 1000000000}, {@code interval 5}, EGP, steps counted
 * from zero.
 */
public final class Momkn362 {

  private Momkn362() {}

  /** min 1 EGP, max 1000000000 EGP, step 5 EGP, anchor ZERO. */
  public static AmountRule rule() {
    return new AmountRule(egp("1"), egp("1000000000"), egp("5"), StepAnchor.ZERO);
  }

  /** An EGP amount from its decimal text, for readable tests. */
  public static Money egp(String amount) {
    return Money.of(new BigDecimal(amount), Currencies.EGP).get();
  }
}
