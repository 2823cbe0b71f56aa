package io.taksit.adapters.http.paywall;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;

/**
 * Paywall's answer to {@code GET /installment}, in both documented shapes: the current one
 * carries {@code ErrorCodeType}, {@code ErrorMessage} and, per option, {@code PaymentGatewayId}
 * and {@code PaymentGatewayName}; the older one lacks them (they read as null). Identifiers that
 * Taksit only shows ({@code ErrorCodeType}, {@code PaymentGatewayId}) are read as text, so a
 * number or a string both do.
 *
 * @param errorCodeType {@code ErrorCodeType} (current shape; meaning undocumented)
 * @param errorMessage  {@code ErrorMessage} (current shape)
 * @param errorCode     {@code ErrorCode}, 0 on success
 * @param result        {@code Result}, true on success
 * @param message       {@code Message}, the error's text when unsuccessful (Turkish)
 * @param body          {@code Body}, null or without options when nothing is offered
 */
public record PaywallInstallmentResponse(
    @JsonProperty("ErrorCodeType") String errorCodeType,
    @JsonProperty("ErrorMessage") String errorMessage,
    @JsonProperty("ErrorCode") Integer errorCode,
    @JsonProperty("Result") Boolean result,
    @JsonProperty("Message") String message,
    @JsonProperty("Body") Body body) {

  /**
   * The card as Paywall knows it from the BIN, and the plans offered.
   *
   * @param cardBank   {@code CardBank}
   * @param cardBrand  {@code CardBrand}
   * @param cardFamily {@code CardFamily}, often null
   * @param cardKind   {@code CardKind}: "Bireysel Kart" (individual), "Ticari Kart" (commercial)
   * @param cardType   {@code CardType}: "Credit" or "Debit"
   * @param options    {@code Options}
   */
  public record Body(
      @JsonProperty("CardBank") String cardBank,
      @JsonProperty("CardBrand") String cardBrand,
      @JsonProperty("CardFamily") String cardFamily,
      @JsonProperty("CardKind") String cardKind,
      @JsonProperty("CardType") String cardType,
      @JsonProperty("Options") List<Plan> options) {}

  /**
   * One installment plan of one payment gateway.
   *
   * @param paymentGatewayId   {@code PaymentGatewayId} (current shape)
   * @param paymentGatewayName {@code PaymentGatewayName} (current shape)
   * @param installment        {@code Installment}, the count
   * @param commission         {@code Commission}, the merchant's rate in percent
   * @param interest           {@code Interest}, the customer's rate in percent
   * @param rawAmount          {@code RawAmount}, the principal (must be the asked amount)
   * @param interestAmount     {@code InterestAmount}, the total payable with interest
   */
  public record Plan(
      @JsonProperty("PaymentGatewayId") String paymentGatewayId,
      @JsonProperty("PaymentGatewayName") String paymentGatewayName,
      @JsonProperty("Installment") Integer installment,
      @JsonProperty("Commission") BigDecimal commission,
      @JsonProperty("Interest") BigDecimal interest,
      @JsonProperty("RawAmount") BigDecimal rawAmount,
      @JsonProperty("InterestAmount") BigDecimal interestAmount) {}
}
