package io.taksit.sandbox.momkn;

import static io.taksit.sandbox.support.Seeds.twoDecimals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** One installment due: its number in the loan, the installment, a late penalty, the date. */
public record MomknInvoice(int number, BigDecimal installment, BigDecimal penalty,
    LocalDate dueDate) {

  public MomknInvoice {
    installment = twoDecimals(installment);
    penalty = twoDecimals(penalty);
    Objects.requireNonNull(dueDate, "dueDate");
  }

  /** What is owed for it: installment + penalty. */
  public BigDecimal amount() {
    return installment.add(penalty);
  }
}
