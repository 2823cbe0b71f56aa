package io.taksit.cli.view;

import io.taksit.application.port.in.QuoteInstallments;
import io.taksit.application.port.in.QuoteInstallments.ProviderProblem;
import io.taksit.bootstrap.text.TextTable;
import io.taksit.domain.money.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * {@code taksit installments}: the plans of every provider for an amount, ranked, and why a
 * provider offered none. {@code bin} and {@code card} are null when no BIN was given or nothing
 * is known of the card. Every plan is in the document's currency (the domain refuses others).
 */
public record InstallmentsView(String bin, String currency, BigDecimal amount, CardView card,
    List<PlanRow> options, List<ProblemRow> problems) implements View {

  /** A provider that offered no plan, and why. */
  public record ProblemRow(String provider, ProviderProblem.Kind kind, String reason) {}

  public static InstallmentsView of(QuoteInstallments.Quotes quotes, String bin) {
    Money principal = quotes.offers().principal();
    return new InstallmentsView(bin, principal.currencyCode(), principal.amount(),
        quotes.card().map(CardView::of).getOrNull(),
        quotes.offers().options().map(PlanRow::of).toJavaList(),
        quotes.problems().map(problem -> new ProblemRow(problem.provider().value(),
            problem.kind(), problem.reason())).toJavaList());
  }

  @Override
  public String text() {
    String nl = System.lineSeparator();
    StringBuilder text = new StringBuilder("Installment plans for ")
        .append(Texts.money(amount, currency)).append(bin == null ? "" : ", BIN " + bin)
        .append(nl);
    if (card != null) {
      text.append("  card: ").append(card.text()).append(nl);
    }
    if (options.isEmpty()) {
      text.append("  no plans offered").append(nl);
    } else {
      TextTable table = TextTable.of("PROVIDER", "CHANNEL", "COUNT", "PER INSTALLMENT", "TOTAL",
          "CUSTOMER %", "MERCHANT %").right(2, 3, 4, 5, 6);
      for (PlanRow plan : options) {
        table.row(plan.provider(), Texts.orDash(plan.channel()), plan.count(),
            plan.perInstallment().toPlainString(), Texts.money(plan.total(), currency),
            plan.customerInterestRate().toPlainString(),
            plan.merchantCommissionRate() == null ? "unknown"
                : plan.merchantCommissionRate().toPlainString());
      }
      text.append(nl).append(table.render("  "));
    }
    for (ProblemRow problem : problems) {
      text.append("  ").append(problem.provider()).append(' ')
          .append(problem.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '))
          .append(": ").append(problem.reason()).append(nl);
    }
    return text.toString();
  }
}
