package io.taksit.adapters.http.teqpay;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * One row of {@code Details}. Amounts and rates are kept as the JSON node they came as: Teqpay
 * writes them as Turkish strings ({@code "1.250,50"}), but a plain JSON number is accepted too, and
 * only the node tells the two apart (see {@link TurkishDecimal}).
 *
 * @param installment      the number of installments, as a string ({@code "12"})
 * @param price            the amount the plan is for: must be the amount asked
 * @param totalPrice       what the customer pays over all installments
 * @param processingFee    the merchant's transaction amount; kept, not mapped
 * @param commissionType   e.g. "Komisyon İçinde" (commission included in the price); kept typed
 *                         in the option's details
 * @param merchantSaleRate the merchant's discount rate, percent
 * @param amountToPaid     one installment as Teqpay rounds it; kept in the option's details
 *                         (with a note when it times the count is not the total), while the
 *                         domain allocates the total exactly
 */
public record TeqpayInstallmentDetail(
    @JsonProperty("Installment") String installment,
    @JsonProperty("Price") JsonNode price,
    @JsonProperty("TotalPrice") JsonNode totalPrice,
    @JsonProperty("ProcessingFee") JsonNode processingFee,
    @JsonProperty("CommissionType") String commissionType,
    @JsonProperty("MerchantSaleRate") JsonNode merchantSaleRate,
    @JsonProperty("AmountToPaid") JsonNode amountToPaid) {}
