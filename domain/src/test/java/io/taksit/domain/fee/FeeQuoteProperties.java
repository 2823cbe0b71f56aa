package io.taksit.domain.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taksit.domain.error.FeeError;
import io.taksit.domain.money.Currencies;
import io.taksit.domain.money.Money;
import io.vavr.control.Either;
import java.util.Currency;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A quote's rule, over parts of any sign and totals right or off by a little: {@code of} accepts
 * exactly the quotes that add up with no negative part, {@code computed} gives the total that
 * does, and the constructor for code agrees with {@code of} on every input.
 */
class FeeQuoteProperties {

  record Parts(Money amount, Money fee, Money tax, Money discount, Money total) {}

  private static Money egp(long minor) {
    return Money.ofMinor(minor, Currencies.EGP);
  }

  @Provide
  Arbitrary<Parts> parts() {
    Arbitrary<Long> part = Arbitraries.longs().between(-500, 1_000_000_000L);
    Arbitrary<Long> offBy = Arbitraries.oneOf(Arbitraries.just(0L), Arbitraries.just(0L),
        Arbitraries.longs().between(-3, 3));
    return Combinators.combine(part, part, part, part, offBy).as((a, f, t, d, off) ->
        new Parts(egp(a), egp(f), egp(t), egp(d), egp(a + f + t - d + off)));
  }

  private static boolean addsUpWithNoNegativePart(Parts p) {
    long amount = p.amount().minorUnits().longValueExact();
    long fee = p.fee().minorUnits().longValueExact();
    long tax = p.tax().minorUnits().longValueExact();
    long discount = p.discount().minorUnits().longValueExact();
    long total = p.total().minorUnits().longValueExact();
    long expected = amount + fee + tax - discount;
    return amount > 0 && fee >= 0 && tax >= 0 && discount >= 0 && expected >= 0
        && total == expected;
  }

  @Property
  void ofAcceptsExactlyTheQuotesThatAddUpWithNoNegativePart(@ForAll("parts") Parts p) {
    Either<FeeError, FeeQuote> quote = FeeQuote.of(p.amount(), p.fee(), p.tax(), p.discount(),
        p.total(), FeeSource.PROVIDER);

    assertThat(quote.isRight()).as("%s", p).isEqualTo(addsUpWithNoNegativePart(p));
    quote.peek(q -> assertThat(q.total()).isEqualTo(p.total()));
    if (quote.isLeft()) {
      assertThat(quote.getLeft()).isInstanceOf(FeeError.InvalidQuote.class);
      assertThatThrownBy(() -> new FeeQuote(p.amount(), p.fee(), p.tax(), p.discount(),
          p.total(), FeeSource.PROVIDER))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(quote.getLeft().message());
    } else {
      assertThat(new FeeQuote(p.amount(), p.fee(), p.tax(), p.discount(), p.total(),
          FeeSource.PROVIDER)).isEqualTo(quote.get());
    }
  }

  @Property
  void computedTotalsThePartsAndAgreesWithOf(@ForAll("parts") Parts p) {
    Either<FeeError, FeeQuote> computed = FeeQuote.computed(p.amount(), p.fee(), p.tax(),
        p.discount(), FeeSource.SCHEDULE);
    Money sum = egp(p.amount().minorUnits().longValueExact() + p.fee().minorUnits().longValueExact()
        + p.tax().minorUnits().longValueExact() - p.discount().minorUnits().longValueExact());

    assertThat(computed).isEqualTo(FeeQuote.of(p.amount(), p.fee(), p.tax(), p.discount(), sum,
        FeeSource.SCHEDULE));
    computed.peek(q -> assertThat(q.total().scale()).isEqualTo(2));
  }

  @Property
  void aPartInAnotherCurrencyIsRefused(@ForAll("parts") Parts p) {
    Currency lira = Currencies.TRY;
    Money foreignTax = Money.ofMinor(p.tax().minorUnits(), lira);

    assertThat(FeeQuote.of(p.amount(), p.fee(), foreignTax, p.discount(), p.total(),
        FeeSource.PROVIDER).getLeft().message()).contains("currency EGP");
  }
}
