package io.taksit.domain.money;

import io.taksit.domain.error.MoneyError;
import io.vavr.control.Either;
import java.util.Currency;
import java.util.Locale;

/**
 * ISO 4217 currencies as the JDK knows them. Any code with a defined minor unit is accepted; the
 * providers' own currencies are named here for convenience.
 */
public final class Currencies {

  /** Egyptian pound (Momkn): 2 minor units (piastres). */
  public static final Currency EGP = Currency.getInstance("EGP");
  /** Turkish lira (Paywall, Teqpay, Sipay): 2 minor units (kuruş). */
  public static final Currency TRY = Currency.getInstance("TRY");
  public static final Currency USD = Currency.getInstance("USD");
  public static final Currency EUR = Currency.getInstance("EUR");

  private Currencies() {}

  /** The currency of an ISO 4217 code, case-insensitive; a code without minor units is refused. */
  public static Either<MoneyError, Currency> of(String code) {
    if (code == null || code.isBlank()) {
      return Either.left(new MoneyError.UnknownCurrency(String.valueOf(code)));
    }
    Currency currency;
    try {
      currency = Currency.getInstance(code.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException notIso) {
      return Either.left(new MoneyError.UnknownCurrency(code));
    }
    if (currency.getDefaultFractionDigits() < 0) {
      return Either.left(new MoneyError.CurrencyWithoutMinorUnits(currency.getCurrencyCode()));
    }
    return Either.right(currency);
  }

  /** The number of decimal places of the currency's minor unit (2 for EGP, 0 for JPY, 3 for KWD). */
  public static int scaleOf(Currency currency) {
    return Math.max(0, currency.getDefaultFractionDigits());
  }
}
