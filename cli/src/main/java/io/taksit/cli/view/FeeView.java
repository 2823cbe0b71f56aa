package io.taksit.cli.view;

import io.taksit.domain.fee.FeeQuote;
import io.taksit.domain.fee.FeeSource;
import java.math.BigDecimal;

/**
 * A fee quote's figures, the same in {@code taksit fees} and in a payment's {@code fee}: the
 * amount, what is added to it and the total charged, all in one currency.
 */
public record FeeView(String currency, BigDecimal amount, BigDecimal fee, BigDecimal tax,
    BigDecimal discount, BigDecimal total, FeeSource source) {

  public static FeeView of(FeeQuote quote) {
    return new FeeView(quote.amount().currencyCode(), quote.amount().amount(),
        quote.fee().amount(), quote.tax().amount(), quote.discount().amount(),
        quote.total().amount(), quote.source());
  }

  /** {@code 4.50 EGP + tax 0.63 EGP}, and the discount when there is one. */
  String feeText() {
    return Texts.money(fee, currency) + " + tax " + Texts.money(tax, currency)
        + (discount.signum() == 0 ? "" : " − discount " + Texts.money(discount, currency));
  }
}
