package io.taksit.adapters.http.paywall;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parameters of {@code GET /installment}, named as on the wire. They travel as HTTP headers
 * or as query parameters ({@link PaywallConfig#parametersAsHeaders()}), never as a body; the
 * {@code @JsonProperty} names document the wire and are the names {@link #parameters()} uses.
 *
 * @param currencyId         {@code currencyid}, from {@link PaywallCurrencies}
 * @param amount             {@code amount}, a plain decimal with a dot ({@code 1250.50})
 * @param binNumber          {@code binnumber}, the card's first 6 digits, or null for none
 * @param distinctDuplicates {@code distinctduplicates}, always true: one row per installment
 *                           count even when several gateways offer it
 * @param endOfTheDay        {@code endoftheday}, or null for none
 * @param posId              {@code posid}, or null for none
 */
public record PaywallInstallmentRequest(
    @JsonProperty(PaywallInstallmentRequest.CURRENCY_ID) int currencyId,
    @JsonProperty(PaywallInstallmentRequest.AMOUNT) String amount,
    @JsonProperty(PaywallInstallmentRequest.BIN_NUMBER) String binNumber,
    @JsonProperty(PaywallInstallmentRequest.DISTINCT_DUPLICATES) boolean distinctDuplicates,
    @JsonProperty(PaywallInstallmentRequest.END_OF_THE_DAY) Integer endOfTheDay,
    @JsonProperty(PaywallInstallmentRequest.POS_ID) Integer posId) {

  static final String CURRENCY_ID = "currencyid";
  static final String AMOUNT = "amount";
  static final String BIN_NUMBER = "binnumber";
  static final String DISTINCT_DUPLICATES = "distinctduplicates";
  static final String END_OF_THE_DAY = "endoftheday";
  static final String POS_ID = "posid";

  /** The parameters by wire name, in the documented order; absent ones are left out. */
  public Map<String, Object> parameters() {
    Map<String, Object> wire = new LinkedHashMap<>();
    wire.put(CURRENCY_ID, currencyId);
    wire.put(AMOUNT, amount);
    if (binNumber != null) {
      wire.put(BIN_NUMBER, binNumber);
    }
    wire.put(DISTINCT_DUPLICATES, distinctDuplicates);
    if (endOfTheDay != null) {
      wire.put(END_OF_THE_DAY, endOfTheDay);
    }
    if (posId != null) {
      wire.put(POS_ID, posId);
    }
    return Collections.unmodifiableMap(wire);
  }
}
