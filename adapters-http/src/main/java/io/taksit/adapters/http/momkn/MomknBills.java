package io.taksit.adapters.http.momkn;

import io.taksit.application.port.out.BillingGateway.InquiryRequest;
import io.taksit.application.port.out.ReadOutcome;
import io.taksit.domain.bill.Bill;
import io.taksit.domain.bill.BillReference;
import io.taksit.domain.bill.Invoice;
import io.taksit.domain.error.DomainError;
import io.taksit.domain.money.Money;
import io.vavr.Tuple;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;

/**
 * Reads an inquiry answer into a {@link Bill}. {@code Code} 0 is an answer (<b>assumed</b>
 * success code), any other {@code Code} a refusal with the provider's {@code Message} verbatim;
 * an answer that cannot become a bill (no {@code Brn}, an invoice sequence twice, a null value in
 * {@code Data}, a bad due date) is a failure naming what is wrong, never a half-read bill.
 *
 * <p>The bill keeps the answer's {@code Data} verbatim (Arabic included) and each invoice's
 * {@code Data} under {@code invoice.{Sequence}.{Key}}; {@code TotalAmount} must be the sum of the
 * invoices' amounts when there are invoices (else the bill is unusable); the invoice due date is the <b>assumed</b>
 * invoice {@code Data} key {@code DueDate} (ISO date); the bill expires {@code validity} after the
 * inquiry (undocumented, <b>assumed</b>).
 */
final class MomknBills {

  static final String CUSTOMER_NAME = "CustomerName";
  static final String DUE_DATE = "DueDate";

  private final Duration validity;
  private final Clock clock;

  MomknBills(Duration validity, Clock clock) {
    this.validity = Objects.requireNonNull(validity, "validity");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  ReadOutcome<Bill> read(InquiryRequest request, MomknInquiryResponse answer) {
    if (answer.code() == null) {
      return ReadOutcome.failed("inquiry answer without Code");
    }
    if (answer.code() != 0) {
      return new ReadOutcome.Refused<>(MomknMapper.INSTANCE.answer(answer),
          "Momkn refused the inquiry with Code " + answer.code()
              + (answer.message() == null ? "" : ": " + answer.message()));
    }
    return billOf(request, answer).fold(
        problem -> ReadOutcome.failed("unusable inquiry answer: " + problem),
        ReadOutcome::answered);
  }

  private Either<String, Bill> billOf(InquiryRequest request, MomknInquiryResponse answer) {
    Currency currency = request.biller().currency();
    List<MomknField> data = listOf(answer.data());
    return reference(answer.brn()).flatMap(reference ->
        money("TotalAmount", answer.totalAmount(), currency).flatMap(total ->
            invoices(answer.invoices(), currency).flatMap(invoices ->
                totalOfInvoices(total, invoices)).flatMap(invoices ->
                fields("Data", data).flatMap(topData ->
                    invoiceData(answer.invoices()).flatMap(perInvoice ->
                        Bill.of(request.biller().id(), request.account(), reference,
                                customerName(answer, topData), topData.merge(perInvoice),
                                invoices, total, Option.some(clock.instant().plus(validity)))
                            .mapLeft(DomainError::message))))));
  }

  /**
   * The invoices, when {@code TotalAmount} is their sum. A bill whose own figures disagree cannot
   * be trusted to say what is due (which one would a payment settle?), so it is refused as
   * unusable, naming both figures. A bill without invoices has only its total.
   */
  private static Either<String, List<Invoice>> totalOfInvoices(Money total,
      List<Invoice> invoices) {
    if (invoices.isEmpty()) {
      return Either.right(invoices);
    }
    Money sum = Money.sumOf(total.currency(), invoices.map(Invoice::amount));
    return sum.equals(total)
        ? Either.right(invoices)
        : Either.left("TotalAmount " + total + " is not the sum of its invoices' amounts, " + sum);
  }

  private static Either<String, BillReference> reference(String brn) {
    return brn == null
        ? Either.left("no Brn")
        : BillReference.of(brn).mapLeft(error -> "Brn " + error.message());
  }

  /** The top-level {@code CustomerName} when given, else the {@code Data} entry of that key. */
  private static Option<String> customerName(MomknInquiryResponse answer,
      Map<String, String> data) {
    return Option.of(answer.customerName()).orElse(data.get(CUSTOMER_NAME));
  }

  private static Either<String, List<Invoice>> invoices(java.util.List<MomknInvoice> invoices,
      Currency currency) {
    return Either.sequenceRight(listOf(invoices).map(invoice -> invoice(invoice, currency)))
        .map(List::ofAll);
  }

  private static Either<String, Invoice> invoice(MomknInvoice invoice, Currency currency) {
    if (invoice == null) {
      return Either.left("invoices holds a null entry");
    }
    if (invoice.sequence() == null) {
      return Either.left("an invoice has no Sequence");
    }
    String name = "invoice " + invoice.sequence();
    return money(name + " amount", invoice.amount(), currency).flatMap(amount ->
        optionalMoney(name + " minAmount", invoice.minAmount(), currency).flatMap(minimum ->
            optionalMoney(name + " maxAmount", invoice.maxAmount(), currency).flatMap(maximum ->
                fields(name + " Data", listOf(invoice.data())).flatMap(data ->
                    dueDate(name, data.get(DUE_DATE)).flatMap(dueDate ->
                        Invoice.of(invoice.sequence(), invoice.alias(), amount, minimum,
                                maximum, dueDate, Boolean.TRUE.equals(invoice.mandatory()))
                            .mapLeft(DomainError::message))))));
  }

  /** Each invoice's {@code Data} under {@code invoice.{Sequence}.{Key}}, in answer order. */
  private static Either<String, Map<String, String>> invoiceData(
      java.util.List<MomknInvoice> invoices) {
    Map<String, String> all = LinkedHashMap.empty();
    for (MomknInvoice invoice : listOf(invoices).filter(Objects::nonNull)) {
      Either<String, Map<String, String>> data = fields("invoice Data", listOf(invoice.data()));
      if (data.isLeft()) {
        return data;
      }
      String prefix = "invoice." + invoice.sequence() + ".";
      all = all.merge(data.get().mapKeys(key -> prefix + key));
    }
    return Either.right(all);
  }

  /**
   * {@code Data} entries as a map in answer order. A null entry is refused here; null keys and
   * values are kept for {@link Bill#of} to refuse.
   */
  private static Either<String, Map<String, String>> fields(String name, List<MomknField> data) {
    if (data.contains(null)) {
      return Either.left(name + " holds a null entry");
    }
    return Either.right(LinkedHashMap.ofEntries(
        data.map(field -> Tuple.of(field.key(), field.value()))));
  }

  private static Either<String, Option<LocalDate>> dueDate(String name, Option<String> text) {
    if (text.isEmpty() || text.get() == null) {
      return Either.right(Option.none());
    }
    return Try.of(() -> LocalDate.parse(text.get().trim()))
        .toEither()
        .map(Option::some)
        .mapLeft(failure -> name + " DueDate '" + text.get() + "' is not an ISO date");
  }

  private static Either<String, Money> money(String name, BigDecimal amount, Currency currency) {
    return amount == null
        ? Either.left("no " + name)
        : Money.of(amount, currency).mapLeft(error -> name + ": " + error.message());
  }

  private static Either<String, Option<Money>> optionalMoney(String name, BigDecimal amount,
      Currency currency) {
    return amount == null
        ? Either.right(Option.none())
        : money(name, amount, currency).map(Option::some);
  }

  private static <T> List<T> listOf(java.util.List<T> items) {
    return items == null ? List.empty() : List.ofAll(items);
  }
}
