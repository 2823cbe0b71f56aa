package io.taksit.adapters.http.support;

import io.taksit.domain.money.Money;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigDecimal;

/**
 * The integrity check of a money answer: the amount and currency a provider says it charged or
 * quoted must be what was asked. A mismatch means the answer is about something else (a bug, a
 * proxy, a confused provider), so a payment answer that fails it is UNKNOWN, never APPROVED.
 */
public final class AmountIntegrity {

  private AmountIntegrity() {}

  /**
   * The mismatching fields, named, or none when the answer agrees. Amounts compare by value
   * ({@code 196.5} equals {@code 196.50}); an absent answered amount or currency is not checked.
   */
  public static Option<String> problem(Money asked, Option<BigDecimal> answeredAmount,
      Option<String> answeredCurrency, String amountField, String currencyField) {
    List<String> problems = List.empty();
    if (answeredAmount.isDefined() && answeredAmount.get().compareTo(asked.amount()) != 0) {
      problems = problems.append(amountField + " " + answeredAmount.get().toPlainString()
          + " differs from the asked " + asked.amount().toPlainString());
    }
    if (answeredCurrency.isDefined() && !answeredCurrency.get().trim()
        .equalsIgnoreCase(asked.currencyCode())) {
      problems = problems.append(currencyField + " " + answeredCurrency.get()
          + " differs from the asked " + asked.currencyCode());
    }
    return problems.isEmpty()
        ? Option.none()
        : Option.some("integrity check failed: " + problems.mkString("; "));
  }
}
