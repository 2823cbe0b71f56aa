package io.taksit.adapters.http.teqpay;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The body of {@code POST /installmentinfo}.
 *
 * @param cardNo   the card's BIN (6 to 8 digits); Teqpay accepts up to a full card number, Taksit
 *                 never sends more than the BIN
 * @param price    the amount as a dot-decimal string ({@code "500.00"}), like Teqpay's own sample
 * @param language {@code TR} or {@code EN}: the language of {@code ResultMessage}
 */
@JsonPropertyOrder({"cardNo", "price", "language"})
public record TeqpayInstallmentRequest(
    @JsonProperty("cardNo") String cardNo,
    @JsonProperty("price") String price,
    @JsonProperty("language") String language) {}
