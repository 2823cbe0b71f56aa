package io.taksit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.taksit.application.port.in.QuoteInstallments;
import io.taksit.application.port.in.ReconcilePayments;
import io.taksit.application.port.out.FeeQuotes.QuotedFee;
import io.taksit.bootstrap.text.TextTable;
import io.taksit.domain.bill.Bill;
import io.taksit.domain.bill.Invoice;
import io.taksit.domain.card.CardProfile;
import io.taksit.domain.fee.FeeQuote;
import io.taksit.domain.installment.InstallmentOption;
import io.taksit.domain.money.Money;
import io.taksit.domain.payment.Attempt;
import io.taksit.domain.payment.Payment;
import io.taksit.domain.payment.PaymentDetails;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What each command shows: a JSON document (field names are the contract for scripts, listed in
 * {@code docs/configuration.md}) and the same facts as text for people. Amounts are exact JSON
 * numbers beside their currency.
 */
final class Views {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Views() {}

  // ---------------------------------------------------------------------------------------------
  // Bills
  // ---------------------------------------------------------------------------------------------

  static JsonNode bill(Bill bill) {
    ObjectNode json = NODES.objectNode()
        .put("billReference", bill.reference().value())
        .put("billerId", bill.billerId().value())
        .put("account", bill.account().value());
    text(json, "customerName", bill.customerName());
    json.put("currency", bill.totalDue().currencyCode())
        .put("totalDue", bill.totalDue().amount());
    instant(json, "expiresAt", bill.expiresAt());
    ArrayNode invoices = json.putArray("invoices");
    for (Invoice invoice : bill.invoices()) {
      ObjectNode row = invoices.addObject()
          .put("sequence", invoice.sequence())
          .put("alias", invoice.alias())
          .put("amount", invoice.amount().amount());
      amount(row, "minimum", invoice.minimum());
      amount(row, "maximum", invoice.maximum());
      date(row, "dueDate", invoice.dueDate());
      row.put("mandatory", invoice.mandatory());
    }
    ObjectNode data = json.putObject("data");
    bill.data().toSortedMap(e -> e._1, e -> e._2).forEach(data::put);
    return json;
  }

  static String billText(Bill bill) {
    StringBuilder text = new StringBuilder();
    text.append("Bill ").append(bill.reference().value()).append(System.lineSeparator());
    text.append(new Details()
        .add("biller", bill.billerId().value())
        .add("account", bill.account().value())
        .add("customer", bill.customerName().getOrElse("-"))
        .add("total due", money(bill.totalDue()))
        .add("expires", bill.expiresAt().map(Instant::toString).getOrElse("-"))
        .render("  "));
    if (!bill.invoices().isEmpty()) {
      TextTable invoices = TextTable.of("SEQ", "ALIAS", "AMOUNT", "MINIMUM", "MAXIMUM", "DUE",
          "MANDATORY").right(0, 2, 3, 4);
      for (Invoice invoice : bill.invoices()) {
        invoices.row(invoice.sequence(), invoice.alias().isEmpty() ? "-" : invoice.alias(),
            invoice.amount().amount().toPlainString(), plain(invoice.minimum()),
            plain(invoice.maximum()), invoice.dueDate().map(LocalDate::toString).getOrElse("-"),
            invoice.mandatory() ? "yes" : "no");
      }
      text.append(System.lineSeparator()).append(invoices.render("  "));
    }
    return text.toString();
  }

  // ---------------------------------------------------------------------------------------------
  // Fees
  // ---------------------------------------------------------------------------------------------

  static JsonNode quotedFee(QuotedFee quoted) {
    ObjectNode json = NODES.objectNode()
        .put("quoteId", quoted.id())
        .put("billReference", quoted.billReference().value());
    fee(json, quoted.quote());
    return json.put("quotedAt", quoted.quotedAt().toString());
  }

  static String quotedFeeText(QuotedFee quoted) {
    FeeQuote quote = quoted.quote();
    return "Fee quote " + quoted.id() + System.lineSeparator() + new Details()
        .add("bill", quoted.billReference().value())
        .add("amount", money(quote.amount()))
        .add("fee", money(quote.fee()))
        .add("tax", money(quote.tax()))
        .add("discount", money(quote.discount()))
        .add("total", money(quote.total()))
        .add("source", quote.source().name().toLowerCase(java.util.Locale.ROOT))
        .render("  ")
        + System.lineSeparator()
        + "Pay it with: taksit pay --quote " + quoted.id() + " --bill "
        + quoted.billReference().value() + " --amount " + quote.amount().amount().toPlainString()
        + " --currency " + quote.amount().currencyCode() + " --key <idempotency key>"
        + System.lineSeparator();
  }

  private static void fee(ObjectNode json, FeeQuote quote) {
    json.put("currency", quote.amount().currencyCode())
        .put("amount", quote.amount().amount())
        .put("fee", quote.fee().amount())
        .put("tax", quote.tax().amount())
        .put("discount", quote.discount().amount())
        .put("total", quote.total().amount())
        .put("source", quote.source().name());
  }

  // ---------------------------------------------------------------------------------------------
  // Payments
  // ---------------------------------------------------------------------------------------------

  static JsonNode payment(Payment payment) {
    PaymentDetails details = payment.details();
    ObjectNode json = NODES.objectNode()
        .put("paymentId", payment.id().value())
        .put("status", payment.status().name())
        .put("idempotencyKey", payment.idempotencyKey().value())
        .put("billerId", details.billerId().value())
        .put("provider", details.provider().value())
        .put("account", details.account().value())
        .put("billReference", details.billReference().value())
        .put("currency", details.amount().currencyCode())
        .put("amount", details.amount().amount());
    ArrayNode invoices = json.putArray("invoices");
    details.invoices().forEach(invoices::add);
    if (details.feeQuote().isDefined()) {
      fee(json.putObject("fee"), details.feeQuote().get());
    } else {
      json.putNull("fee");
    }
    json.put("total", details.total().amount());
    ArrayNode attempts = json.putArray("attempts");
    for (Attempt attempt : payment.attempts()) {
      ObjectNode row = attempts.addObject()
          .put("number", attempt.number())
          .put("retry", attempt.retry())
          .put("sentAt", attempt.sentAt().toString())
          .put("answeredAt", attempt.answeredAt().toString())
          .put("outcome", attempt.outcome().name())
          .put("reason", attempt.reason());
      text(row, "providerReference", attempt.answer().reference());
      text(row, "providerCode", attempt.answer().code());
      text(row, "providerMessage", attempt.answer().message());
    }
    json.put("statusChecks", payment.statusChecks());
    instant(json, "nextCheckAt", payment.nextCheckAt());
    json.put("needsReview", payment.needsReview());
    text(json, "reviewReason", payment.reviewReason());
    return json.put("createdAt", payment.createdAt().toString())
        .put("updatedAt", payment.updatedAt().toString());
  }

  static String paymentText(Payment payment) {
    PaymentDetails details = payment.details();
    Details lines = new Details()
        .add("status", payment.status() + " — " + meaning(payment))
        .add("biller", details.billerId().value() + " (" + details.provider().value() + ")")
        .add("account", details.account().value())
        .add("bill", details.billReference().value())
        .add("invoices", details.invoices().isEmpty() ? "-" : details.invoices().mkString(", "))
        .add("amount", money(details.amount()));
    details.feeQuote().forEach(quote -> lines
        .add("fee", money(quote.fee()) + " + tax " + money(quote.tax())
            + (quote.discount().isZero() ? "" : " − discount " + money(quote.discount()))));
    lines.add("total", money(details.total()))
        .add("idempotency key", payment.idempotencyKey().value());
    Option<Attempt> last = payment.attempts().lastOption();
    lines.add("attempts", payment.attempts().size() + last.map(a -> " (last: " + a.outcome()
        + ", " + a.reason() + ")").getOrElse(""));
    if (payment.statusChecks() > 0 || payment.nextCheckAt().isDefined()) {
      lines.add("status checks", payment.statusChecks()
          + payment.nextCheckAt().map(at -> ", next at " + at).getOrElse(""));
    }
    payment.reviewReason().forEach(reason -> lines.add("needs review", reason));
    return "Payment " + payment.id().value() + System.lineSeparator() + lines.render("  ");
  }

  private static String meaning(Payment payment) {
    return switch (payment.status()) {
      case SUCCEEDED -> "the provider confirmed the money moved";
      case DECLINED -> "the provider refused it; nothing was charged";
      case NOT_PROCESSED -> "never applied: taksit retry " + payment.id().value();
      case PENDING -> "accepted, result later: taksit status " + payment.id().value();
      case UNKNOWN, CREATED -> "outcome not known yet: taksit status " + payment.id().value()
          + " (never pay it again)";
    };
  }

  static JsonNode payments(List<Payment> payments) {
    ObjectNode json = NODES.objectNode().put("count", payments.size());
    ArrayNode rows = json.putArray("payments");
    payments.forEach(payment -> rows.add(payment(payment)));
    return json;
  }

  static String paymentsText(List<Payment> payments) {
    if (payments.isEmpty()) {
      return "No payments match." + System.lineSeparator();
    }
    TextTable table = TextTable.of("PAYMENT", "STATUS", "BILLER", "ACCOUNT", "BILL", "AMOUNT",
        "TOTAL", "CREATED").right(5, 6);
    for (Payment payment : payments) {
      PaymentDetails details = payment.details();
      table.row(payment.id().value(), payment.status(), details.billerId().value(),
          details.account().value(), details.billReference().value(), money(details.amount()),
          money(details.total()), payment.createdAt());
    }
    // Review reasons are long sentences: listed under the table, not as a column of it.
    List<Payment> flagged = payments.filter(Payment::needsReview);
    String review = "";
    if (!flagged.isEmpty()) {
      Details reasons = new Details();
      flagged.forEach(payment -> reasons.add(payment.id().value(), payment.reviewReason().get()));
      review = "Needs review (settle with taksit resolve --payment <id>):" + System.lineSeparator()
          + reasons.render("  ");
    }
    return table.render("") + review + payments.size()
        + (payments.size() == 1 ? " payment" : " payments") + System.lineSeparator();
  }

  // ---------------------------------------------------------------------------------------------
  // Reconciliation
  // ---------------------------------------------------------------------------------------------

  static JsonNode report(ReconcilePayments.Report report) {
    ObjectNode json = NODES.objectNode()
        .put("checkedCount", report.checked().size())
        .put("resolved", report.resolved())
        .put("needsReview", report.needsReview().size());
    ArrayNode checked = json.putArray("checked");
    for (ReconcilePayments.Checked one : report.checked()) {
      checked.addObject()
          .put("paymentId", one.paymentId().value())
          .put("before", one.before().name())
          .put("after", one.after().name())
          .put("needsReview", one.needsReview())
          .put("note", one.note());
    }
    return json;
  }

  static String reportText(ReconcilePayments.Report report) {
    if (report.checked().isEmpty()) {
      return "No payment was due for a check." + System.lineSeparator();
    }
    TextTable table = TextTable.of("PAYMENT", "BEFORE", "AFTER", "REVIEW", "NOTE");
    for (ReconcilePayments.Checked one : report.checked()) {
      table.row(one.paymentId().value(), one.before(), one.after(),
          one.needsReview() ? "yes" : "no", one.note().isEmpty() ? "-" : one.note());
    }
    return table.render("") + report.checked().size() + " checked, " + report.resolved()
        + " resolved, " + report.needsReview().size() + " need review" + System.lineSeparator();
  }

  // ---------------------------------------------------------------------------------------------
  // Installments
  // ---------------------------------------------------------------------------------------------

  static JsonNode quotes(QuoteInstallments.Quotes quotes, String bin) {
    ObjectNode json = NODES.objectNode();
    if (bin == null) {
      json.putNull("bin");
    } else {
      json.put("bin", bin);
    }
    Money principal = quotes.offers().principal();
    json.put("currency", principal.currencyCode()).put("amount", principal.amount());
    if (quotes.card().isDefined()) {
      CardProfile card = quotes.card().get();
      ObjectNode profile = json.putObject("card");
      text(profile, "bank", card.bank());
      text(profile, "brand", card.brand());
      text(profile, "family", card.family());
      profile.put("kind", card.kind().name()).put("type", card.type().name());
      // Only some providers say whether 3-D Secure is required: null when unknown.
      profile.put("threeDSecureRequired", card.threeDSecureRequired().getOrNull());
    } else {
      json.putNull("card");
    }
    ArrayNode options = json.putArray("options");
    for (InstallmentOption option : quotes.offers().options()) {
      ObjectNode row = options.addObject().put("provider", option.provider().value());
      text(row, "channel", option.channel());
      row.put("count", option.count())
          .put("perInstallment", option.perInstallment().amount())
          .put("total", option.total().amount())
          .put("customerInterestRate", option.customerInterestRate());
      // Unknown (the provider does not report it) is null, never 0.
      row.put("merchantCommissionRate", option.merchantCommissionRate().getOrNull());
      ArrayNode schedule = row.putArray("schedule");
      option.schedule().forEach(part -> schedule.add(part.amount()));
    }
    ArrayNode problems = json.putArray("problems");
    for (QuoteInstallments.ProviderProblem problem : quotes.problems()) {
      problems.addObject()
          .put("provider", problem.provider().value())
          .put("kind", problem.kind().name())
          .put("reason", problem.reason());
    }
    return json;
  }

  static String quotesText(QuoteInstallments.Quotes quotes, String bin) {
    StringBuilder text = new StringBuilder();
    text.append("Installment plans for ").append(money(quotes.offers().principal()))
        .append(bin == null ? "" : ", BIN " + bin).append(System.lineSeparator());
    quotes.card().forEach(card -> text.append("  card: ").append(List.of(card.bank(), card.brand(),
            card.family()).flatMap(o -> o).append(card.kind() + " " + card.type())
            .appendAll(card.threeDSecureRequired().filter(required -> required)
                .map(required -> "3-D Secure required")).mkString(" · "))
        .append(System.lineSeparator()));
    if (quotes.offers().isEmpty()) {
      text.append("  no plans offered").append(System.lineSeparator());
    } else {
      TextTable table = TextTable.of("PROVIDER", "CHANNEL", "COUNT", "PER INSTALLMENT", "TOTAL",
          "CUSTOMER %", "MERCHANT %").right(2, 3, 4, 5, 6);
      for (InstallmentOption option : quotes.offers().options()) {
        table.row(option.provider().value(), option.channel().getOrElse("-"), option.count(),
            option.perInstallment().amount().toPlainString(), money(option.total()),
            option.customerInterestRate().toPlainString(),
            option.merchantCommissionRate().map(BigDecimal::toPlainString).getOrElse("unknown"));
      }
      text.append(System.lineSeparator()).append(table.render("  "));
    }
    for (QuoteInstallments.ProviderProblem problem : quotes.problems()) {
      text.append("  ").append(problem.provider()).append(' ')
          .append(problem.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
          .append(": ").append(problem.reason()).append(System.lineSeparator());
    }
    return text.toString();
  }

  // ---------------------------------------------------------------------------------------------
  // Values
  // ---------------------------------------------------------------------------------------------

  static String money(Money money) {
    return money.amount().toPlainString() + " " + money.currencyCode();
  }

  private static String plain(Option<Money> money) {
    return money.map(m -> m.amount().toPlainString()).getOrElse("-");
  }

  private static void text(ObjectNode json, String field, Option<String> value) {
    if (value.isDefined()) {
      json.put(field, value.get());
    } else {
      json.putNull(field);
    }
  }

  private static void amount(ObjectNode json, String field, Option<Money> value) {
    if (value.isDefined()) {
      json.put(field, value.get().amount());
    } else {
      json.putNull(field);
    }
  }

  private static void instant(ObjectNode json, String field, Option<Instant> value) {
    text(json, field, value.map(Instant::toString));
  }

  private static void date(ObjectNode json, String field, Option<LocalDate> value) {
    text(json, field, value.map(LocalDate::toString));
  }

  static ArrayNode decimals(List<BigDecimal> values) {
    ArrayNode array = NODES.arrayNode();
    values.forEach(array::add);
    return array;
  }
}
