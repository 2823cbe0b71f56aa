package io.taksit.application.bill;

import io.taksit.application.failure.Failure;
import io.taksit.application.failure.Failures;
import io.taksit.application.port.in.QuoteFees;
import io.taksit.application.port.out.BillerCatalog;
import io.taksit.application.port.out.FeeQuotes;
import io.taksit.application.port.out.IdGenerator;
import io.taksit.application.port.out.InquiredBills;
import io.taksit.application.validation.CommandValidator;
import io.taksit.domain.bill.Bill;
import io.taksit.domain.bill.BillReference;
import io.taksit.domain.money.Currencies;
import io.taksit.domain.money.Money;
import io.vavr.collection.TreeSet;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * Quotes the fee for an amount against an inquired bill, after the amount rule and the payment
 * policy said yes, and remembers the quote so a payment can accept it by id.
 */
public final class QuoteFeesService implements QuoteFees {

  private final CommandValidator validator;
  private final BillerCatalog catalog;
  private final InquiredBills bills;
  private final FeeQuoting feeQuoting;
  private final FeeQuotes quotes;
  private final IdGenerator ids;
  private final Clock clock;

  public QuoteFeesService(CommandValidator validator, BillerCatalog catalog, InquiredBills bills,
      FeeQuoting feeQuoting, FeeQuotes quotes, IdGenerator ids, Clock clock) {
    this.validator = Objects.requireNonNull(validator, "validator");
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.bills = Objects.requireNonNull(bills, "bills");
    this.feeQuoting = Objects.requireNonNull(feeQuoting, "feeQuoting");
    this.quotes = Objects.requireNonNull(quotes, "quotes");
    this.ids = Objects.requireNonNull(ids, "ids");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Either<Failure, FeeQuotes.QuotedFee> quote(Command command) {
    return validator.validate(command).flatMap(valid -> {
      Instant now = clock.instant();
      return BillReference.of(valid.billReference())
          .<Failure>mapLeft(e -> Failures.fromInput("billReference", e))
          .flatMap(reference -> Currencies.of(valid.currency())
              .<Failure>mapLeft(e -> Failures.fromInput("currency", e))
              .flatMap(currency -> Money.of(valid.amount(), currency)
                  .<Failure>mapLeft(e -> Failures.fromInput("amount", e)))
              .flatMap(amount -> bills.find(reference)
                  .<Either<Failure, Bill>>map(Either::right)
                  .getOrElse(() -> Either.left(new Failure.NotFound("bill",
                      reference.value() + " (inquire first)")))
                  .flatMap(bill -> BillRules.billerOf(catalog, bill)
                      .flatMap(biller -> BillRules.check(biller, bill, amount,
                              TreeSet.ofAll(valid.invoices()), now)
                          .flatMap(allowed -> feeQuoting.quote(biller, bill, allowed.amount(),
                              TreeSet.ofAll(allowed.invoices().map(i -> i.sequence())))))
                      .map(fee -> {
                        FeeQuotes.QuotedFee quoted = new FeeQuotes.QuotedFee(ids.newQuoteId(),
                            reference, fee, now);
                        quotes.remember(quoted);
                        return quoted;
                      }))));
    });
  }
}
