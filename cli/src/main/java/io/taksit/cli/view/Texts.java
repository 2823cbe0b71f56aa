package io.taksit.cli.view;

import io.taksit.domain.money.Money;
import java.math.BigDecimal;

/** How values read in the text views: amounts beside their currency, "-" for nothing. */
public final class Texts {

  private Texts() {}

  /** {@code 250.00 EGP}. */
  public static String money(Money money) {
    return money(money.amount(), money.currencyCode());
  }

  static String money(BigDecimal amount, String currency) {
    return amount.toPlainString() + " " + currency;
  }

  /** The amount as written ({@code 10.00}), or {@code -} when there is none. */
  static String plain(BigDecimal amount) {
    return amount == null ? "-" : amount.toPlainString();
  }

  /** The text, or {@code -} when there is none. */
  static String orDash(String text) {
    return text == null ? "-" : text;
  }

  static String yesNo(boolean value) {
    return value ? "yes" : "no";
  }
}
