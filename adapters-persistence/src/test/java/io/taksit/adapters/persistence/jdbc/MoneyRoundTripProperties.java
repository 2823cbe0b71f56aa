package io.taksit.adapters.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.taksit.application.contract.PaymentSamples;
import io.taksit.application.contract.StoreSamples;
import io.taksit.application.port.out.FeeQuotes.QuotedFee;
import io.taksit.application.port.out.SaveOutcome;
import io.taksit.domain.bill.AccountRef;
import io.taksit.domain.bill.Bill;
import io.taksit.domain.bill.BillReference;
import io.taksit.domain.bill.BillerId;
import io.taksit.domain.fee.FeeQuote;
import io.taksit.domain.fee.FeeSource;
import io.taksit.domain.money.Currencies;
import io.taksit.domain.money.Money;
import io.taksit.domain.payment.IdempotencyKey;
import io.taksit.domain.payment.Payment;
import io.taksit.domain.payment.PaymentDetails;
import io.taksit.domain.payment.PaymentId;
import io.taksit.domain.provider.ProviderId;
import io.vavr.collection.List;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.UUID;
import javax.sql.DataSource;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Money round-trips exactly through the database: the amount, its scale (0, 2, 3 or 4 decimals)
 * and its currency, for random currencies and amounts up to {@link Long#MAX_VALUE} minor units,
 * in payments (amount and accepted fee quote), in remembered fee quotes, and in inquired bills
 * (whose invoice amounts travel as decimal text). Equality is {@link BigDecimal#equals}, which
 * tells 500.00 from 500.0000.
 */
abstract class MoneyRoundTripProperties {

  /** ISO 4217 currencies of every minor-unit scale Taksit may meet. */
  private static final List<String> CURRENCIES = List.of("EGP", "TRY", "USD", "EUR", "JPY",
      "KRW", "KWD", "BHD", "OMR", "TND", "CLF");

  /** The migrated database of the subclass, created once and shared by every try. */
  protected abstract DataSource database();

  /** An amount and the parts of a fee quote on it, all in one currency. */
  record Charge(Money amount, Money fee, Money tax, Money discount) {

    FeeQuote quote(FeeSource source) {
      return FeeQuote.computed(amount, fee, tax, discount, source).get();
    }
  }

  @Provide
  Arbitrary<Charge> charges() {
    Arbitrary<Currency> currencies = Arbitraries.of(CURRENCIES.asJava()).map(Currency::getInstance);
    // Small, everyday and huge amounts: jqwik mixes in 1 and Long.MAX_VALUE as edge cases.
    Arbitrary<Long> amounts = Arbitraries.oneOf(
        Arbitraries.longs().between(1, 1_000_000),
        Arbitraries.longs().between(1, Long.MAX_VALUE));
    Arbitrary<Long> parts = Arbitraries.longs().between(0, Long.MAX_VALUE / 4);
    // Edge cases of the amount and the fee are enough; more would crowd out random tries.
    Arbitrary<Long> otherParts = parts.withoutEdgeCases();
    return Combinators.combine(currencies, amounts, parts, otherParts, otherParts)
        .as((currency, amount, fee, tax, discount) ->
            // The discount never exceeds the fee, so the total stays at least the amount.
            new Charge(Money.ofMinor(amount, currency), Money.ofMinor(fee, currency),
                Money.ofMinor(tax, currency), Money.ofMinor(Math.min(discount, fee), currency)));
  }

  @Property(tries = 200)
  void paymentAmountAndFeeQuoteRoundTrip(@ForAll("charges") Charge charge) {
    JdbcPaymentRepository repository = new JdbcPaymentRepository(database());
    String unique = UUID.randomUUID().toString();
    PaymentDetails details = new PaymentDetails(new BillerId("momkn-362"), new ProviderId("momkn"),
        new AccountRef("01001234567"), new BillReference("BRN-" + unique), charge.amount(),
        TreeSet.of(1), Option.some(charge.quote(FeeSource.PROVIDER)));
    Payment payment = Payment.create(new PaymentId(unique), new IdempotencyKey("key-" + unique),
        "fingerprint", details, PaymentSamples.T0, PaymentSamples.SCHEDULE);

    assertThat(repository.saveNew(payment)).isInstanceOf(SaveOutcome.Inserted.class);

    Payment found = repository.findById(payment.id()).get();
    assertExact(found.details().amount(), charge.amount());
    FeeQuote quote = found.details().feeQuote().get();
    FeeQuote expected = details.feeQuote().get();
    assertExact(quote.fee(), expected.fee());
    assertExact(quote.tax(), expected.tax());
    assertExact(quote.discount(), expected.discount());
    assertExact(quote.total(), expected.total());
    assertThat(found).isEqualTo(payment.withVersion(0));
  }

  @Property(tries = 200)
  void feeQuoteRoundTrips(@ForAll("charges") Charge charge) {
    JdbcFeeQuotes quotes = new JdbcFeeQuotes(database());
    QuotedFee quoted = new QuotedFee("q-" + UUID.randomUUID(), new BillReference("BRN-1"),
        charge.quote(FeeSource.SCHEDULE), PaymentSamples.T0);

    quotes.remember(quoted);

    QuotedFee found = quotes.find(quoted.id()).get();
    assertExact(found.quote().amount(), charge.amount());
    assertExact(found.quote().total(), quoted.quote().total());
    assertThat(found).isEqualTo(quoted);
  }

  @Property(tries = 100)
  void inquiredBillAmountsRoundTrip(@ForAll("charges") Charge charge) {
    JdbcInquiredBills bills = new JdbcInquiredBills(database(),
        Clock.fixed(StoreSamples.T0, ZoneOffset.UTC), JdbcInquiredBills.DEFAULT_RETENTION);
    Bill bill = StoreSamples.oneInvoiceBill("BRN-" + UUID.randomUUID(), charge.amount(),
        Option.none());

    bills.remember(bill);

    Bill found = bills.find(bill.reference()).get();
    assertExact(found.totalDue(), charge.amount());
    assertExact(found.invoices().head().amount(), charge.amount());
    assertThat(found).isEqualTo(bill);
  }

  private static void assertExact(Money actual, Money expected) {
    assertThat(actual.currency()).isEqualTo(expected.currency());
    assertThat(actual.amount()).isEqualTo(expected.amount());
    assertThat(actual.amount().scale()).isEqualTo(Currencies.scaleOf(expected.currency()));
    assertThat(actual).isEqualTo(expected);
  }
}
