package io.taksit.domain.error;

import io.taksit.domain.money.Money;

/** Refusals of fee schedules and fee quotes. */
public sealed interface FeeError extends DomainError {

  /** The schedule is inconsistent: overlapping tiers, floor above cap, negative rate... */
  record InvalidSchedule(String rule) implements FeeError {
    @Override public String code() { return "fee.invalid_schedule"; }
    @Override public String message() { return "fee schedule " + rule; }
  }

  /** No tier of the schedule covers the amount. */
  record NoTierForAmount(Money amount) implements FeeError {
    @Override public String code() { return "fee.no_tier_for_amount"; }
    @Override public String message() { return "no fee tier covers the amount " + amount; }
  }

  record WrongCurrency(String expected, String actual) implements FeeError {
    @Override public String code() { return "fee.wrong_currency"; }
    @Override public String message() {
      return "fee schedule is in " + expected + ", amount is in " + actual;
    }
  }

  /** A quote whose parts do not add up (total = amount + fee + tax − discount) or are negative. */
  record InvalidQuote(String rule) implements FeeError {
    @Override public String code() { return "fee.invalid_quote"; }
    @Override public String message() { return "fee quote " + rule; }
  }
}
