package io.taksit.adapters.http.paywall;

import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.util.Currency;

/**
 * Paywall's {@code currencyid} table, as documented (providers.md section 2): ids 1 to 33 in
 * order. Keyed by ISO 4217 code rather than {@link Currency} so that a code a JDK no longer ships
 * cannot break class loading. A currency missing here cannot be quoted: the gateway refuses it
 * before any call.
 */
final class PaywallCurrencies {

  /** The ISO code of id 1, 2, 3...: 1 TRY, 2 USD, 3 EUR, 4 BAM ... 33 THB. */
  private static final List<String> CODES_BY_ID = List.of(
      "TRY", "USD", "EUR", "BAM", "MKD", "ALL", "GBP", "AUD", "CHF", "BRL",
      "PLN", "MXN", "PEN", "BGN", "CZK", "DKK", "HRK", "HUF", "ISK", "NOK",
      "RON", "SEK", "PHP", "SGD", "NZD", "ARS", "CLP", "COP", "CRC", "UYU",
      "VES", "CNY", "THB");

  private PaywallCurrencies() {}

  /** Paywall's id of {@code currency}, or none when Paywall has no id for it. */
  static Option<Integer> idOf(Currency currency) {
    int index = CODES_BY_ID.indexOf(currency.getCurrencyCode());
    return index < 0 ? Option.none() : Option.some(index + 1);
  }

  /** Every currency of the table that this JDK knows (a currency it does not is never asked for). */
  static Set<Currency> served() {
    return CODES_BY_ID.flatMap(code -> Try.of(() -> Currency.getInstance(code))).toSet();
  }

  /** The ISO code of Paywall's id, or none for an id outside the table. */
  static Option<String> codeOf(int id) {
    return id >= 1 && id <= CODES_BY_ID.size() ? Option.some(CODES_BY_ID.get(id - 1)) : Option.none();
  }
}
