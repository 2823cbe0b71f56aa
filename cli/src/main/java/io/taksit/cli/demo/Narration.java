package io.taksit.cli.demo;

import io.taksit.bootstrap.text.TextTable;
import io.taksit.domain.money.Money;
import io.taksit.domain.payment.Attempt;
import io.taksit.domain.payment.Payment;
import io.taksit.domain.payment.PaymentId;
import io.taksit.domain.payment.ProviderAnswer;
import io.taksit.domain.provider.ProviderId;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * How the demo speaks: numbered acts, indented facts under them, tables. Amounts are written with
 * their currency and thousands separators; payment ids are cut to their first eight characters
 * (enough to tell them apart in one run).
 */
final class Narration {

  static final String INDENT = "   ";

  private final PrintWriter out;

  Narration(PrintWriter out) {
    this.out = Objects.requireNonNull(out, "out");
  }

  /** A line of its own, not indented (headings, the final check). */
  void line(String text) {
    out.println(text);
    out.flush();
  }

  void blank() {
    out.println();
  }

  /** Starts act {@code number}. */
  void act(int number, String title) {
    blank();
    line(number + ". " + title);
  }

  /** A fact under the current act. */
  void fact(String text) {
    line(INDENT + text);
  }

  void table(TextTable table) {
    table.lines(INDENT).forEach(this::line);
  }

  /** {@code 1,250.00 EGP}. */
  static String money(Money money) {
    return amount(money.amount()) + " " + money.currencyCode();
  }

  /** {@code 1,250.00}, at the scale the amount has. */
  static String amount(BigDecimal amount) {
    return String.format(Locale.ROOT, "%,." + Math.max(amount.scale(), 0) + "f", amount);
  }

  /** {@code 5.90 %}. */
  static String percent(BigDecimal rate) {
    return String.format(Locale.ROOT, "%.2f %%", rate);
  }

  /** The first eight characters of a payment id. */
  static String shortId(PaymentId id) {
    return shortId(id.value());
  }

  static String shortId(String id) {
    return id.length() <= 8 ? id : id.substring(0, 8);
  }

  /** A provider's text in quotes, verbatim. */
  static String quoted(String text) {
    return "\"" + text + "\"";
  }

  /** {@code Momkn}, {@code Sipay}, {@code Paywall}, {@code Teqpay}. */
  static String provider(ProviderId provider) {
    String id = provider.value();
    return id.isEmpty() ? id : Character.toUpperCase(id.charAt(0)) + id.substring(1);
  }

  /** What the provider said to the last payment call: its code and message, verbatim. */
  static String lastAnswer(Payment payment) {
    if (payment.attempts().isEmpty()) {
      return "no answer yet";
    }
    Attempt last = payment.attempts().last();
    ProviderAnswer answer = last.answer();
    if (answer.code().isEmpty() && answer.message().isEmpty()) {
      return last.reason();
    }
    String code = answer.code().map(c -> c.startsWith("HTTP") ? c : codeWord(payment) + " " + c)
        .getOrElse("");
    String message = answer.message().map(Narration::quoted).getOrElse("");
    return (provider(payment.details().provider()) + " " + code + " " + message).trim();
  }

  /** "payment 7c0e12ab  SUCCEEDED  Momkn Code 0 "Payment completed successfully"". */
  static String payment(Payment payment) {
    return "payment " + shortId(payment.id()) + "  " + payment.status() + "  "
        + lastAnswer(payment);
  }

  /** "1 charge", "2 charges". */
  static String charges(int count) {
    return count + (count == 1 ? " charge" : " charges");
  }

  /** Momkn calls its field {@code Code}, Sipay {@code code}. */
  private static String codeWord(Payment payment) {
    return payment.details().provider().equals(DemoBillers.MOMKN) ? "Code" : "code";
  }
}
