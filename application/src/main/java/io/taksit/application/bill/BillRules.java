package io.taksit.application.bill;

import io.taksit.application.failure.Failure;
import io.taksit.application.failure.Failures;
import io.taksit.application.port.out.BillerCatalog;
import io.taksit.domain.bill.AllowedPayment;
import io.taksit.domain.bill.Bill;
import io.taksit.domain.bill.Biller;
import io.taksit.domain.money.Money;
import io.vavr.collection.SortedSet;
import io.vavr.control.Either;
import java.time.Instant;

/** The checks every amount passes before any provider hears of it. */
public final class BillRules {

  private BillRules() {}

  /** The active biller of an inquired bill. */
  public static Either<Failure, Biller> billerOf(BillerCatalog catalog, Bill bill) {
    return catalog.find(bill.billerId())
        .<Either<Failure, Biller>>map(biller -> biller.active()
            ? Either.right(biller)
            : Either.left(new Failure.BillerInactive(biller.id().value())))
        .getOrElse(() -> Either.left(new Failure.NotFound("biller", bill.billerId().value())));
  }

  /** The biller's amount rule, then its payment policy against the bill. */
  public static Either<Failure, AllowedPayment> check(Biller biller, Bill bill, Money amount,
      SortedSet<Integer> invoices, Instant now) {
    return biller.amountRule().check(amount).<Failure>mapLeft(Failures::refused)
        .flatMap(ok -> biller.policy().check(bill, amount, invoices, now)
            .mapLeft(Failures::refused));
  }
}
