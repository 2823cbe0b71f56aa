package io.taksit.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taksit.application.port.out.FeeQuotes;
import io.taksit.application.port.out.FeeQuotes.QuotedFee;
import io.taksit.domain.fee.FeeSource;
import io.taksit.domain.money.Currencies;
import io.taksit.domain.money.Money;
import io.vavr.collection.List;
import java.util.Currency;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What every {@link FeeQuotes} must do: a quote handed to a caller is found again by its id,
 * equal to the last, so that a payment accepting it charges exactly the quoted total.
 *
 * <p>Choices the port leaves open and this contract settles: remembering an id again replaces
 * the quote; a null argument is a programming error. How long quotes are kept is the adapter's
 * choice, but a quote just remembered, and the hundred before it, are found.
 */
public abstract class FeeQuotesContract {

  /** New, empty storage; called once per test. */
  protected abstract FeeQuotes newQuotes();

  private FeeQuotes quotes;

  @BeforeEach
  void freshQuotes() {
    quotes = newQuotes();
  }

  @Test
  @DisplayName("a provider quote with fee, tax and discount comes back equal")
  void providerQuoteRoundTrips() {
    QuotedFee quoted = StoreSamples.providerQuote("q-0a1b2c3d4e5f60718293a4b5c6d7e8f9",
        "BRN-771", Money.ofMinor(50_000, Currencies.EGP));

    quotes.remember(quoted);

    assertSameQuote(quotes.find(quoted.id()).get(), quoted);
  }

  @Test
  @DisplayName("a schedule quote comes back equal, its source kept")
  void scheduleQuoteRoundTrips() {
    QuotedFee quoted = StoreSamples.scheduleQuote("q-1", "oid:77/İ-ş", 123_457,
        StoreSamples.T0.plusSeconds(5));

    quotes.remember(quoted);

    QuotedFee found = quotes.find("q-1").get();
    assertSameQuote(found, quoted);
    assertThat(found.quote().source()).isEqualTo(FeeSource.SCHEDULE);
  }

  @Test
  @DisplayName("every part keeps its currency and exactly its scale (0, 2 or 3 decimals)")
  void keepsMoneyScaleAndCurrency() {
    for (String code : List.of("EGP", "KWD", "JPY", "TRY")) {
      Currency currency = Currency.getInstance(code);
      QuotedFee quoted = StoreSamples.providerQuote("q-" + code, "BRN-" + code,
          Money.ofMinor(9_876_543_210L, currency));

      quotes.remember(quoted);

      QuotedFee found = quotes.find(quoted.id()).get();
      assertThat(found.quote().total().amount().scale()).isEqualTo(Currencies.scaleOf(currency));
      assertSameQuote(found, quoted);
    }
  }

  @Test
  @DisplayName("an unknown id is not found")
  void unknownIdIsNotFound() {
    quotes.remember(StoreSamples.scheduleQuote("q-1", "BRN-1", 10_000, StoreSamples.T0));

    assertThat(quotes.find("q-2")).isEmpty();
    assertThat(quotes.find("Q-1")).as("ids are exact").isEmpty();
  }

  @Test
  @DisplayName("remembering an id again replaces the quote")
  void latestQuoteWins() {
    quotes.remember(StoreSamples.scheduleQuote("q-1", "BRN-1", 10_000, StoreSamples.T0));
    QuotedFee again = StoreSamples.providerQuote("q-1", "BRN-2",
        Money.ofMinor(20_000, Currencies.EGP));

    quotes.remember(again);

    assertSameQuote(quotes.find("q-1").get(), again);
  }

  @Test
  @DisplayName("many quotes are kept apart by id")
  void quotesAreKeptApart() {
    List<QuotedFee> remembered = List.range(0, 100).map(n -> StoreSamples.scheduleQuote(
        "q-" + n, "BRN-" + (n % 7), 10_000L + n * 977L, StoreSamples.T0.plusSeconds(n)));
    remembered.forEach(quotes::remember);

    for (QuotedFee quoted : remembered) {
      assertSameQuote(quotes.find(quoted.id()).get(), quoted);
    }
  }

  @Test
  @DisplayName("null arguments are programming errors")
  void nullsThrow() {
    assertThatThrownBy(() -> quotes.remember(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> quotes.find(null)).isInstanceOf(NullPointerException.class);
  }

  /** Field by field first, so a failing adapter learns what it lost, then whole equality. */
  protected static void assertSameQuote(QuotedFee actual, QuotedFee expected) {
    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(actual.id()).as("id").isEqualTo(expected.id());
    soft.assertThat(actual.billReference()).as("billReference")
        .isEqualTo(expected.billReference());
    soft.assertThat(actual.quote().amount()).as("amount").isEqualTo(expected.quote().amount());
    soft.assertThat(actual.quote().fee()).as("fee").isEqualTo(expected.quote().fee());
    soft.assertThat(actual.quote().tax()).as("tax").isEqualTo(expected.quote().tax());
    soft.assertThat(actual.quote().discount()).as("discount")
        .isEqualTo(expected.quote().discount());
    soft.assertThat(actual.quote().total()).as("total").isEqualTo(expected.quote().total());
    soft.assertThat(actual.quote().source()).as("source").isEqualTo(expected.quote().source());
    soft.assertThat(actual.quotedAt()).as("quotedAt").isEqualTo(expected.quotedAt());
    soft.assertAll();
    assertThat(actual).isEqualTo(expected);
  }
}
