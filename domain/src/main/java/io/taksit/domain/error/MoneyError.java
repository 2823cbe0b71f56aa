package io.taksit.domain.error;

import java.math.BigDecimal;

/** Refusals of {@code Money} construction and arithmetic. */
public sealed interface MoneyError extends DomainError {

  /** Not an ISO 4217 currency code known to the JDK. */
  record UnknownCurrency(String code) implements MoneyError {
    @Override public String code() { return "money.unknown_currency"; }
    @Override public String message() {
      return "currency '" + code + "' is not an ISO 4217 currency code";
    }
  }

  /** A currency without minor units defined (such as XXX, the "no currency" code). */
  record CurrencyWithoutMinorUnits(String currencyCode) implements MoneyError {
    @Override public String code() { return "money.currency_without_minor_units"; }
    @Override public String message() {
      return "currency " + currencyCode + " has no ISO 4217 minor unit and cannot carry money";
    }
  }

  /** Text that is not a plain decimal number. */
  record InvalidAmountText(String text) implements MoneyError {
    @Override public String code() { return "money.invalid_amount_text"; }
    @Override public String message() {
      return "amount '" + text + "' is not a decimal number such as 500.00";
    }
  }

  /** More decimal places than the currency's minor unit allows: Taksit never rounds silently. */
  record TooManyDecimals(BigDecimal amount, String currencyCode, int allowedScale)
      implements MoneyError {
    @Override public String code() { return "money.too_many_decimals"; }
    @Override public String message() {
      return "amount " + amount.toPlainString() + " has more than " + allowedScale
          + " decimal places allowed for " + currencyCode;
    }
  }

  /** Arithmetic or comparison between two currencies. */
  record CurrencyMismatch(String expected, String actual) implements MoneyError {
    @Override public String code() { return "money.currency_mismatch"; }
    @Override public String message() {
      return "currency " + actual + " cannot be combined with " + expected;
    }
  }

  /** An allocation asked for no parts, or for ratios that are negative or sum to zero. */
  record InvalidAllocation(String rule) implements MoneyError {
    @Override public String code() { return "money.invalid_allocation"; }
    @Override public String message() { return "allocation " + rule; }
  }

  /** A value outside what a payment can carry (negative where positive is required...). */
  record NotPositive(String field, BigDecimal amount) implements MoneyError {
    @Override public String code() { return "money.not_positive"; }
    @Override public String message() {
      return field + " must be greater than zero, was " + amount.toPlainString();
    }
  }

  /** A negative amount where zero or more is required. */
  record Negative(String field, BigDecimal amount) implements MoneyError {
    @Override public String code() { return "money.negative"; }
    @Override public String message() {
      return field + " must not be negative, was " + amount.toPlainString();
    }
  }
}
