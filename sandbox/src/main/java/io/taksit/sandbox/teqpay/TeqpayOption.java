package io.taksit.sandbox.teqpay;

import static io.taksit.sandbox.support.Seeds.twoDecimals;

import java.math.BigDecimal;

/**
 * One Teqpay row: the merchant's rate, and what the customer pays on top ({@code TotalPrice} =
 * price × (1 + customerRate / 100), half-up; zero means "Komisyon İçinde", the commission is
 * inside the price).
 */
public record TeqpayOption(int installment, BigDecimal merchantSaleRate,
    BigDecimal customerRate) {

  public TeqpayOption {
    merchantSaleRate = twoDecimals(merchantSaleRate);
    customerRate = twoDecimals(customerRate);
  }
}
