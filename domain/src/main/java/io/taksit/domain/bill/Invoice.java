package io.taksit.domain.bill;

import io.taksit.domain.error.PolicyError;
import io.taksit.domain.money.Money;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One line of a bill as the provider itemised it (Momkn {@code invoices[]}): its sequence number
 * on the bill, the amount due and, where the provider gives them, the least and most one payment
 * may put on it. The alias is the provider's label, possibly empty. {@code expenses} are the
 * collection expenses the provider lists beside the amount (Sipay), shown and never added to it.
 */
public record Invoice(int sequence, String alias, Money amount, Option<Money> minimum,
    Option<Money> maximum, Option<LocalDate> dueDate, boolean mandatory,
    Option<InvoiceExpenses> expenses) {

  /**
   * Guards invoices built in code; provider answers go through {@link #of}.
   *
   * @throws IllegalArgumentException if the invoice is inconsistent
   */
  public Invoice {
    Option<String> problem = problem(sequence, alias, amount, minimum, maximum, dueDate);
    problem = problem.orElse(() -> expensesProblem(amount, expenses));
    if (problem.isDefined()) {
      throw new IllegalArgumentException(
          "invoice " + problem.get() + "; use Invoice.of for untrusted input");
    }
  }

  /** An invoice without listed expenses. */
  public Invoice(int sequence, String alias, Money amount, Option<Money> minimum,
      Option<Money> maximum, Option<LocalDate> dueDate, boolean mandatory) {
    this(sequence, alias, amount, minimum, maximum, dueDate, mandatory, Option.none());
  }

  /**
   * This invoice with the provider's expenses beside it, or why they cannot be kept: another
   * currency than the amount's, or a negative figure.
   */
  public Either<PolicyError, Invoice> withExpenses(InvoiceExpenses listed) {
    Objects.requireNonNull(listed, "listed");
    Option<String> problem = expensesProblem(amount, Option.some(listed));
    return problem.isDefined()
        ? Either.left(new PolicyError.InvalidInvoice(sequence, problem.get()))
        : Either.right(new Invoice(sequence, alias, amount, minimum, maximum, dueDate, mandatory,
            Option.some(listed)));
  }

  private static Option<String> expensesProblem(Money amount, Option<InvoiceExpenses> expenses) {
    Objects.requireNonNull(expenses, "expenses");
    if (expenses.isEmpty() || amount == null) {
      return Option.none();
    }
    InvoiceExpenses listed = expenses.get();
    io.vavr.collection.List<Money> figures = io.vavr.collection.List.of(listed.total())
        .appendAll(listed.firmPart()).appendAll(listed.dealerPart());
    if (figures.exists(figure -> !figure.hasCurrency(amount.currency()))) {
      return Option.some("expenses must be in the amount's currency " + amount.currencyCode());
    }
    if (figures.exists(Money::isNegative)) {
      return Option.some("expenses must not be negative");
    }
    return Option.none();
  }

  /**
   * An invoice from a provider answer, or why not: sequence below 1, a negative or mixed-currency
   * amount, a minimum above the amount or above the maximum. A null alias means none was given.
   */
  public static Either<PolicyError, Invoice> of(int sequence, String alias, Money amount,
      Option<Money> minimum, Option<Money> maximum, Option<LocalDate> dueDate,
      boolean mandatory) {
    String label = alias == null ? "" : alias;
    Option<String> problem = problem(sequence, label, amount, minimum, maximum, dueDate);
    return problem.isDefined()
        ? Either.left(new PolicyError.InvalidInvoice(sequence, problem.get()))
        : Either.right(new Invoice(sequence, label, amount, minimum, maximum, dueDate, mandatory));
  }

  /** An invoice of a fixed amount with no bounds, due date or obligation. */
  public static Either<PolicyError, Invoice> of(int sequence, Money amount) {
    return of(sequence, "", amount, Option.none(), Option.none(), Option.none(), false);
  }

  private static Option<String> problem(int sequence, String alias, Money amount,
      Option<Money> minimum, Option<Money> maximum, Option<LocalDate> dueDate) {
    Objects.requireNonNull(alias, "alias");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(minimum, "minimum");
    Objects.requireNonNull(maximum, "maximum");
    Objects.requireNonNull(dueDate, "dueDate");
    if (sequence < 1) {
      return Option.some("sequence must be 1 or more, was " + sequence);
    }
    if (amount.isNegative()) {
      return Option.some("amount must not be negative, was " + amount);
    }
    if (minimum.exists(m -> !m.hasCurrency(amount.currency()))
        || maximum.exists(m -> !m.hasCurrency(amount.currency()))) {
      return Option.some("minimum and maximum must be in the amount's currency "
          + amount.currencyCode());
    }
    if (minimum.exists(Money::isNegative) || maximum.exists(Money::isNegative)) {
      return Option.some("minimum and maximum must not be negative");
    }
    if (minimum.exists(m -> m.isGreaterThan(amount))) {
      return Option.some("minimum " + minimum.get() + " must not be above the amount " + amount);
    }
    if (minimum.isDefined() && maximum.exists(max -> minimum.get().isGreaterThan(max))) {
      return Option.some("minimum " + minimum.get() + " must not be above the maximum "
          + maximum.get());
    }
    return Option.none();
  }
}
