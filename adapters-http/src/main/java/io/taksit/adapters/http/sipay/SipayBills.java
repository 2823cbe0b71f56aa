package io.taksit.adapters.http.sipay;

import io.taksit.application.port.out.ReadOutcome;
import io.taksit.domain.bill.AccountRef;
import io.taksit.domain.bill.Bill;
import io.taksit.domain.bill.BillReference;
import io.taksit.domain.bill.Biller;
import io.taksit.domain.bill.Invoice;
import io.taksit.domain.bill.InvoiceExpenses;
import io.taksit.domain.money.Money;
import io.taksit.domain.payment.ProviderAnswer;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/**
 * Sipay's inquiry answer as a Taksit {@link Bill}, and back from a bill to the fields MakePayment
 * needs.
 *
 * <p>One invoice per payload row, numbered 1, 2… in {@code bill_due_date} order (rows without a
 * readable due date last, ties in payload order). The bill reference is the first row's
 * {@code inv_payment_transaction_query_oid}. Each row keeps all its fields, verbatim, in the bill's
 * data under {@code invoice.{sequence}.{field}}, because MakePayment must send them back. The
 * customer name is the first row's {@code subscriber_name}; the currency is the biller's (Sipay
 * invoices are TRY and carry no currency field). A row with {@code partial_payment_allowed} false
 * must be paid whole: its minimum and maximum are its amount (<b>assumed</b>); otherwise it has no
 * bounds. Sipay states no validity for an inquiry answer, so the bill has no expiry.
 */
final class SipayBills {

  static final String SUCCESS = "100";
  static final String OID = "inv_payment_transaction_query_oid";
  static final String INVOICE_AMOUNT = "invoice_amount";
  static final String PRODUCT_OID = "product_oid";
  static final String SUBSCRIBER_NO1 = "subscriber_no1";
  static final String BILL_TERM = "bill_term";
  static final String BILL_NO = "bill_no";

  private SipayBills() {}

  /** The bill of an inquiry answer, the provider's refusal, or why the answer is unusable. */
  static ReadOutcome<Bill> billOf(Biller biller, AccountRef account, SipayInquiryResponse answer) {
    ProviderAnswer said = SipayMapper.MAPPER.answerOf(answer);
    if (!isSuccess(answer)) {
      return new ReadOutcome.Refused<>(said, "inquiry refused with code " + answer.code());
    }
    List<SipayInvoiceRow> rows = inDueOrder(answer);
    if (rows.isEmpty()) {
      return new ReadOutcome.Refused<>(said, "no outstanding invoice (code 100, empty payload)");
    }
    Either<String, Bill> bill = assemble(biller, account, rows);
    return bill.isRight()
        ? ReadOutcome.answered(bill.get())
        : ReadOutcome.failed("unusable inquiry answer: " + bill.getLeft());
  }

  static boolean isSuccess(SipayInquiryResponse answer) {
    return answer.code() != null && SUCCESS.equals(answer.code().trim());
  }

  /** The payload rows in due-date order: the order of the bill's sequences. */
  static List<SipayInvoiceRow> inDueOrder(SipayInquiryResponse answer) {
    List<SipayInvoiceRow> rows = List.ofAll(answer.rows());
    // vavr's sortBy is stable: rows due the same day keep the provider's order.
    return rows.sortBy(row -> dateOf(row.billDueDate()).getOrElse(LocalDate.MAX));
  }

  private static Either<String, Bill> assemble(Biller biller, AccountRef account,
      List<SipayInvoiceRow> rows) {
    Currency currency = biller.currency();
    Either<String, List<Invoice>> invoices = Either.sequenceRight(rows.zipWithIndex()
        .map(rowAt -> invoiceOf(rowAt._2 + 1, rowAt._1, currency)))
        .map(List::ofAll);
    if (invoices.isLeft()) {
      return Either.left(invoices.getLeft());
    }
    Map<String, String> data = rows.zipWithIndex()
        .foldLeft(LinkedHashMap.<String, String>empty(),
            (all, rowAt) -> all.merge(dataOf(rowAt._2 + 1, rowAt._1)));
    Money total = Money.sumOf(currency, invoices.get().map(Invoice::amount));
    Option<String> customer = Option.of(rows.head().subscriberName())
        .map(String::trim).filter(name -> !name.isEmpty());
    return BillReference.of(rows.head().invPaymentTransactionQueryOid())
        .mapLeft(error -> "first row's " + OID + " is missing or unusable")
        .flatMap(reference -> Bill.of(biller.id(), account, reference, customer, data,
                invoices.get(), total, Option.none())
            .mapLeft(error -> error.message()));
  }

  private static Either<String, Invoice> invoiceOf(int sequence, SipayInvoiceRow row,
      Currency currency) {
    if (row.invoiceAmount() == null) {
      return Either.left("row " + sequence + " has no " + INVOICE_AMOUNT);
    }
    return Money.of(row.invoiceAmount(), currency)
        .mapLeft(error -> "row " + sequence + " " + INVOICE_AMOUNT + " "
            + row.invoiceAmount().toPlainString() + " is not an amount of " + currency)
        .flatMap(amount -> {
          Option<Money> whole = Boolean.FALSE.equals(row.partialPaymentAllowed())
              ? Option.some(amount) : Option.none();
          return Invoice.of(sequence, row.billTerm(), amount, whole, whole,
                  dateOf(row.billDueDate()), false)
              .mapLeft(error -> error.message())
              .flatMap(invoice -> expensesOf(sequence, row, currency).flatMap(listed ->
                  listed.isEmpty() ? Either.right(invoice)
                      : invoice.withExpenses(listed.get()).mapLeft(error -> error.message())));
        });
  }

  /**
   * {@code expense_amount} with its firm and dealer parts, typed; none when the row lists no
   * expense; parts without a total make a total of their sum. A figure Taksit cannot hold (more
   * decimals than the currency has) makes the answer unusable rather than rounded. Expenses are
   * not part of what a payment covers ({@code payment_amount} is the invoice's amount): see
   * {@code docs/providers-wire.md}.
   */
  private static Either<String, Option<InvoiceExpenses>> expensesOf(int sequence,
      SipayInvoiceRow row, Currency currency) {
    Either<String, Option<Money>> firm =
        optional(sequence, "expense_firm_amount", row.expenseFirmAmount(), currency);
    Either<String, Option<Money>> dealer =
        optional(sequence, "expense_dealer_amount", row.expenseDealerAmount(), currency);
    Either<String, Option<Money>> total =
        optional(sequence, "expense_amount", row.expenseAmount(), currency);
    if (firm.isLeft() || dealer.isLeft() || total.isLeft()) {
      return Either.left(List.of(firm, dealer, total).filter(Either::isLeft)
          .map(Either::getLeft).mkString("; "));
    }
    Option<Money> whole = total.get().orElse(() -> firm.get().isEmpty() && dealer.get().isEmpty()
        ? Option.none()
        : Option.some(Money.sumOf(currency, firm.get().toList().appendAll(dealer.get()))));
    return Either.right(whole.map(sum -> new InvoiceExpenses(sum, firm.get(), dealer.get())));
  }

  private static Either<String, Option<Money>> optional(int sequence, String field,
      BigDecimal amount, Currency currency) {
    return amount == null
        ? Either.right(Option.none())
        : Money.of(amount, currency).map(Option::some)
            .mapLeft(error -> "row " + sequence + " " + field + " " + amount.toPlainString()
                + " is not an amount of " + currency);
  }

  /** Every non-null field of a row under {@code invoice.{sequence}.{field}}, as Sipay wrote it. */
  private static Map<String, String> dataOf(int sequence, SipayInvoiceRow row) {
    List<Tuple2<String, Object>> fields = List.of(
        Tuple.of(BILL_TERM, row.billTerm()),
        Tuple.of(BILL_NO, row.billNo()),
        Tuple.of("invoice_date", row.invoiceDate()),
        Tuple.of("bill_due_date", row.billDueDate()),
        Tuple.of("invoice_type", row.invoiceType()),
        Tuple.of("subscriber_nos", row.subscriberNos() == null || row.subscriberNos().isNull()
            ? null
            : row.subscriberNos().isValueNode() ? row.subscriberNos().asText()
                : row.subscriberNos().toString()),
        Tuple.of(SUBSCRIBER_NO1, row.subscriberNo1()),
        Tuple.of("subscriber_no2", row.subscriberNo2()),
        Tuple.of("subscriber_no3", row.subscriberNo3()),
        Tuple.of("subscriber_name", row.subscriberName()),
        Tuple.of(PRODUCT_OID, row.productOid()),
        Tuple.of(INVOICE_AMOUNT, row.invoiceAmount()),
        Tuple.of("expense_amount", row.expenseAmount()),
        Tuple.of("expense_firm_amount", row.expenseFirmAmount()),
        Tuple.of("expense_dealer_amount", row.expenseDealerAmount()),
        Tuple.of("partial_payment_allowed", row.partialPaymentAllowed()),
        Tuple.of(OID, row.invPaymentTransactionQueryOid()),
        Tuple.of("payment_order_no", row.paymentOrderNo()));
    return LinkedHashMap.ofEntries(fields
        .filter(field -> field._2 != null)
        .map(field -> Tuple.of(key(sequence, field._1), textOf(field._2))));
  }

  private static String textOf(Object value) {
    return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
  }

  static String key(int sequence, String field) {
    return "invoice." + sequence + "." + field;
  }

  /**
   * The MakePayment fields of invoice {@code sequence} of {@code bill}, or the fields the bill's
   * data lacks. {@code product_oid} falls back to the biller's service code and
   * {@code subscriber_no} (<b>assumed</b>: the row's {@code subscriber_no1}) to the account.
   */
  static Either<String, SipayInvoice> payable(Bill bill, int sequence, Biller biller) {
    Map<String, String> data = bill.data();
    List<String> missing = List.of(OID, INVOICE_AMOUNT, BILL_TERM, BILL_NO)
        .filter(field -> data.get(key(sequence, field)).filter(v -> !v.isBlank()).isEmpty())
        .map(field -> key(sequence, field));
    if (!missing.isEmpty()) {
      return Either.left("the inquired bill lacks " + missing.mkString(", "));
    }
    Option<BigDecimal> amount = Try.of(() -> new BigDecimal(
        data.get(key(sequence, INVOICE_AMOUNT)).get().trim())).toOption();
    if (amount.isEmpty()) {
      return Either.left(key(sequence, INVOICE_AMOUNT) + " is not a number");
    }
    return Either.right(new SipayInvoice(
        data.get(key(sequence, OID)).get(),
        amount.get(),
        data.get(key(sequence, PRODUCT_OID)).getOrElse(biller.providerServiceCode()),
        data.get(key(sequence, SUBSCRIBER_NO1)).getOrElse(bill.account().value()),
        data.get(key(sequence, BILL_TERM)).get(),
        data.get(key(sequence, BILL_NO)).get()));
  }

  /** The sequence of the invoice whose query oid is {@code reference}, if still on the bill. */
  static Option<Integer> sequenceOf(Bill bill, BillReference reference) {
    return bill.sequences().find(sequence ->
        bill.data().get(key(sequence, OID)).contains(reference.value()));
  }

  /** Whether a row with this query oid is in the (successful) answer. */
  static boolean lists(SipayInquiryResponse answer, BillReference reference) {
    return answer.rows().stream().anyMatch(row -> row.invPaymentTransactionQueryOid() != null
        && row.invPaymentTransactionQueryOid().trim().equals(reference.value()));
  }

  /** ISO {@code yyyy-MM-dd}, optionally followed by {@code T} and a time (<b>assumed</b>). */
  static Option<LocalDate> dateOf(String text) {
    if (text == null || text.trim().length() < 10) {
      return Option.none();
    }
    String trimmed = text.trim();
    if (trimmed.length() > 10 && trimmed.charAt(10) != 'T' && trimmed.charAt(10) != ' ') {
      return Option.none();
    }
    return Try.of(() -> LocalDate.parse(trimmed.substring(0, 10))).toOption();
  }
}
