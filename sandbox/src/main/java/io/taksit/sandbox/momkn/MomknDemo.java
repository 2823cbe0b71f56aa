package io.taksit.sandbox.momkn;

import static io.taksit.sandbox.support.Seeds.twoDecimals;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Momkn's demo data, the one place its accounts and bills are written down.
 *
 * <p>Service 362 "أقساط" (Takka installments, EGP, 1 … 1,000,000,000 on a step of 5, fee
 * 1 % + 2.00 with 14 % tax on the fee, agent balance 1,000,000.00):
 * <ul>
 *   <li>{@code 1000000101} Mona Adel Hassan, loan of 12: installment 4 due 5 days ago, 240.00 +
 *       10.00 penalty = 250.00; then 240.00 a month for installments 5 … 12.</li>
 *   <li>{@code 1000000102} Karim Samir Fawzy, loan of 10: two invoices, installment 7 (150.00 +
 *       5.00 penalty = 155.00, 35 days late) and installment 8 (150.00, 5 days late).</li>
 *   <li>{@code 1000000103} Heba Mostafa Ali: owes 500.00 but the provider declines every payment
 *       (the loan is frozen): the DECLINED path.</li>
 *   <li>{@code 1000000104} Youssef Nabil Ibrahim, loan of 24: installment 10, 1,250.00, due in 3
 *       days.</li>
 *   <li>{@code 1000000105} Nour El-Din Saad, loan of 12: installment 1, 300.00, due in 10
 *       days.</li>
 *   <li>Any other account, e.g. {@code 1000000999}: {@code Code -16}, no data.</li>
 * </ul>
 */
public final class MomknDemo {

  /** Momkn's serviceName of 362, "installments" (the seed's mis-decoded Arabic, fixed). */
  public static final String SERVICE_NAME = "أقساط";

  private MomknDemo() {
  }

  /** Service 362 and its accounts, due dates counted from {@code today}. */
  public static MomknService service(LocalDate today) {
    return new MomknService("362", SERVICE_NAME, "EGP", new BigDecimal("1"),
        new BigDecimal("1000000000"), new BigDecimal("5"), MomknFeeRule.DEMO,
        twoDecimals("1000000.00"), List.of(
            account("1000000101", "Mona Adel Hassan", 12,
                installment(4, "240.00", "10.00", today.minusDays(5))),
            account("1000000102", "Karim Samir Fawzy", 10,
                installment(7, "150.00", "5.00", today.minusDays(35)),
                installment(8, "150.00", "0.00", today.minusDays(5))),
            new MomknAccount("1000000103", "Heba Mostafa Ali", 6,
                List.of(installment(2, "500.00", "0.00", today.minusDays(2))),
                Option.some("The loan is frozen: payments are accepted at a Takka branch only")),
            account("1000000104", "Youssef Nabil Ibrahim", 24,
                installment(10, "1250.00", "0.00", today.plusDays(3))),
            account("1000000105", "Nour El-Din Saad", 12,
                installment(1, "300.00", "0.00", today.plusDays(10)))));
  }

  private static MomknAccount account(String number, String name, int installments,
      MomknInvoice... due) {
    return new MomknAccount(number, name, installments, List.of(due), Option.none());
  }

  private static MomknInvoice installment(int number, String installment, String penalty,
      LocalDate dueDate) {
    return new MomknInvoice(number, new BigDecimal(installment), new BigDecimal(penalty),
        dueDate);
  }
}
