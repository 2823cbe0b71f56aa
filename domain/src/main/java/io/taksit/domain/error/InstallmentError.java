package io.taksit.domain.error;

import java.math.BigDecimal;

/** Refusals of installment options and offers. */
public sealed interface InstallmentError extends DomainError {

  /** A plan has 1 to 36 installments. */
  record CountOutOfRange(int count) implements InstallmentError {
    @Override public String code() { return "installment.count_out_of_range"; }
    @Override public String message() {
      return "installment count must be between 1 and 36, was " + count;
    }
  }

  record NegativeRate(String field, BigDecimal rate) implements InstallmentError {
    @Override public String code() { return "installment.negative_rate"; }
    @Override public String message() {
      return field + " must not be negative, was " + rate.toPlainString();
    }
  }

  /** Any other inconsistency: currencies differ, total not positive... */
  record InvalidOption(String rule) implements InstallmentError {
    @Override public String code() { return "installment.invalid_option"; }
    @Override public String message() { return "installment option " + rule; }
  }
}
