package io.taksit.application.bill;

import io.taksit.application.failure.Failure;
import io.taksit.application.failure.Failures;
import io.taksit.application.gateway.GatewayRegistry;
import io.taksit.application.port.out.BillingGateway;
import io.taksit.application.port.out.FeeScheduleSource;
import io.taksit.application.port.out.ReadOutcome;
import io.taksit.domain.bill.Bill;
import io.taksit.domain.bill.Biller;
import io.taksit.domain.fee.FeeQuote;
import io.taksit.domain.fee.FeeSource;
import io.taksit.domain.money.Money;
import io.vavr.collection.SortedSet;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * The fee for paying an amount against a bill: the provider's fee call where the gateway has one,
 * else the biller's configured schedule, else no fee. Shared by {@code QuoteFees} and by
 * {@code PayBill}'s check of an accepted total, so both always agree.
 */
public final class FeeQuoting {

  private final GatewayRegistry gateways;
  private final FeeScheduleSource schedules;

  public FeeQuoting(GatewayRegistry gateways, FeeScheduleSource schedules) {
    this.gateways = Objects.requireNonNull(gateways, "gateways");
    this.schedules = Objects.requireNonNull(schedules, "schedules");
  }

  /** The fee quote; the amount must already have passed the amount rule and payment policy. */
  public Either<Failure, FeeQuote> quote(Biller biller, Bill bill, Money amount,
      SortedSet<Integer> invoices) {
    BillingGateway gateway = gateways.billingFor(biller).getOrNull();
    if (gateway != null && gateway.capabilities().feeQuotes()) {
      return fromProvider(gateway, new BillingGateway.FeeRequest(biller, bill, amount, invoices));
    }
    return schedules.scheduleFor(biller.id())
        .map(schedule -> schedule.quote(amount).<Failure>mapLeft(Failures::refused))
        .getOrElse(() -> Either.right(FeeQuote.computed(amount, zero(amount), zero(amount),
            zero(amount), FeeSource.SCHEDULE).get()));
  }

  private static Either<Failure, FeeQuote> fromProvider(BillingGateway gateway,
      BillingGateway.FeeRequest request) {
    ReadOutcome<FeeQuote> outcome;
    try {
      outcome = gateway.quoteFees(request);
    } catch (RuntimeException broken) {
      return Either.left(new Failure.ProviderUnavailable(gateway.provider(),
          "the gateway failed: " + broken.getClass().getSimpleName(), io.vavr.control.Option.none()));
    }
    if (outcome instanceof ReadOutcome.Answered<FeeQuote> answered) {
      FeeQuote quote = answered.value();
      // Integrity: a fee for another amount is no fee for this one.
      return quote.amount().equals(request.amount())
          ? Either.right(quote)
          : Either.left(new Failure.ProviderUnavailable(gateway.provider(),
              "the fee answer is for " + quote.amount() + ", not the requested " + request.amount(),
              io.vavr.control.Option.none()));
    }
    return Either.left(ReadFailures.of(gateway.provider(), outcome));
  }

  private static Money zero(Money like) {
    return Money.zero(like.currency());
  }
}
