package io.taksit.adapters.http.momkn;

import io.taksit.adapters.http.support.AmountIntegrity;
import io.taksit.application.port.out.BillingGateway.FeeRequest;
import io.taksit.application.port.out.ReadOutcome;
import io.taksit.domain.error.DomainError;
import io.taksit.domain.fee.FeeQuote;
import io.taksit.domain.fee.FeeSource;
import io.taksit.domain.money.Money;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * Reads a fee answer into a provider {@link FeeQuote}. The answer's {@code amount} must be the
 * amount asked (else a failure naming the field: the quote is about something else); the quote
 * must add up ({@code totalAmount = amount + fees + taxes − discount}). <b>Assumed</b> where the
 * documentation is silent: an absent {@code fees}, {@code taxes} or {@code discount} is zero, an
 * absent {@code totalAmount} is the sum of the parts, an absent {@code amount} is not checked.
 */
final class MomknFees {

  private MomknFees() {}

  static ReadOutcome<FeeQuote> read(FeeRequest request, MomknFeesResponse answer) {
    if (answer.code() == null) {
      return ReadOutcome.failed("fee answer without Code");
    }
    if (answer.code() != 0) {
      return new ReadOutcome.Refused<>(MomknMapper.INSTANCE.answer(answer),
          "Momkn refused the fee quote with Code " + answer.code()
              + (answer.message() == null ? "" : ": " + answer.message()));
    }
    Money asked = request.amount();
    Option<String> integrity = AmountIntegrity.problem(asked, Option.of(answer.amount()),
        Option.none(), "amount", "currency");
    if (integrity.isDefined()) {
      return ReadOutcome.failed(integrity.get());
    }
    return quote(asked, answer).fold(
        problem -> ReadOutcome.failed("unusable fee answer: " + problem),
        ReadOutcome::answered);
  }

  private static Either<String, FeeQuote> quote(Money asked, MomknFeesResponse answer) {
    Currency currency = asked.currency();
    return part("fees", answer.fees(), currency).flatMap(fee ->
        part("taxes", answer.taxes(), currency).flatMap(tax ->
            part("discount", answer.discount(), currency).flatMap(discount ->
                (answer.totalAmount() == null
                    ? FeeQuote.computed(asked, fee, tax, discount, FeeSource.PROVIDER)
                        .mapLeft(DomainError::message)
                    : part("totalAmount", answer.totalAmount(), currency).flatMap(total ->
                        FeeQuote.of(asked, fee, tax, discount, total, FeeSource.PROVIDER)
                            .mapLeft(DomainError::message))))));
  }

  private static Either<String, Money> part(String name, BigDecimal value, Currency currency) {
    return value == null
        ? Either.right(Money.zero(currency))
        : Money.of(value, currency).mapLeft(error -> name + ": " + error.message());
  }
}
